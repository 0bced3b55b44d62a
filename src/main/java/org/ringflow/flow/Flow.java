package org.ringflow.flow;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ringflow.applet.Channel;

/** What happens to calls or texts on the numbers that use it: a BPMN diagram, deployed as a new version on each change. */
@Entity
@Table(name = "flow")
public class Flow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private Channel kind;
    private String bpmnXml;
    private int version;
    private String processDefinitionId;
    private Instant createdAt;
    private Instant updatedAt;

    protected Flow() {
    }

    Flow(String name, Channel kind, String bpmnXml, Instant now) {
        this.name = name;
        this.kind = kind;
        this.bpmnXml = bpmnXml;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void deployed(String bpmnXml, String processDefinitionId, Instant now) {
        this.bpmnXml = bpmnXml;
        this.processDefinitionId = processDefinitionId;
        this.version++;
        this.updatedAt = now;
    }

    void rename(String name, Instant now) {
        this.name = name;
        this.updatedAt = now;
    }

    /** The Camunda process key of every version of this flow. */
    public String processKey() {
        return "flow_" + id;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public Channel getKind() { return kind; }
    public String getBpmnXml() { return bpmnXml; }
    public int getVersion() { return version; }
    public String getProcessDefinitionId() { return processDefinitionId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
