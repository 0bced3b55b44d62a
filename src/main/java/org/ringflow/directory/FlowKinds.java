package org.ringflow.directory;

import java.util.Optional;

/** What kind of flow (CALL or SMS) an id names, if any. Implemented by the flow feature, so numbers can check it. */
public interface FlowKinds {

    Optional<String> kindOf(long flowId);
}
