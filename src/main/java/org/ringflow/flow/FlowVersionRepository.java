package org.ringflow.flow;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FlowVersionRepository extends JpaRepository<FlowVersion, Long> {

    List<FlowVersion> findByFlowIdOrderByVersionDesc(Long flowId);

    Optional<FlowVersion> findByProcessDefinitionId(String processDefinitionId);
}
