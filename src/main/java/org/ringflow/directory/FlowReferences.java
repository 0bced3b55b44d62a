package org.ringflow.directory;

import java.util.List;
import java.util.Optional;

/**
 * What the directory needs to know about flows, answered by the flow feature (so the directory knows nothing
 * of flows): which kind a flow is, and which flows ring or file into a user or a group.
 */
public interface FlowReferences {

    /** CALL or SMS, for a flow that exists. */
    Optional<String> kindOf(long flowId);

    /** Names of the flows whose current diagram names this user (ring, voicemail or inbox). */
    List<String> flowsNamingUser(long userId);

    /** Names of the flows whose current diagram names this group. */
    List<String> flowsNamingGroup(long groupId);
}
