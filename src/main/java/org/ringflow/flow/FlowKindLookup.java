package org.ringflow.flow;

import java.util.Optional;
import org.ringflow.directory.FlowKinds;
import org.springframework.stereotype.Component;

/** Tells the directory which kind of flow an id names, without the directory knowing about flows. */
@Component
class FlowKindLookup implements FlowKinds {

    private final FlowRepository flows;

    FlowKindLookup(FlowRepository flows) {
        this.flows = flows;
    }

    @Override
    public Optional<String> kindOf(long flowId) {
        return flows.findById(flowId).map(f -> f.getKind().name());
    }
}
