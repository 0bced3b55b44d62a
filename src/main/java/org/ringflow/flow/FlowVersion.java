package org.ringflow.flow;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One deployed version of a flow; calls that started on it finish on it. */
@Entity
@Table(name = "flow_version")
public class FlowVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long flowId;
    private int version;
    private String bpmnXml;
    private String deploymentId;
    private String processDefinitionId;
    private Instant createdAt;

    protected FlowVersion() {
    }

    FlowVersion(Long flowId, int version, String bpmnXml, String deploymentId, String processDefinitionId, Instant createdAt) {
        this.flowId = flowId;
        this.version = version;
        this.bpmnXml = bpmnXml;
        this.deploymentId = deploymentId;
        this.processDefinitionId = processDefinitionId;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getFlowId() { return flowId; }
    public int getVersion() { return version; }
    public String getBpmnXml() { return bpmnXml; }
    public String getDeploymentId() { return deploymentId; }
    public String getProcessDefinitionId() { return processDefinitionId; }
    public Instant getCreatedAt() { return createdAt; }
}
