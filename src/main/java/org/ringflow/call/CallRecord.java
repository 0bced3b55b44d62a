package org.ringflow.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.ringflow.applet.Turn;

/** What happened to one inbound call; its row is also the lock that puts the call's webhooks in single file. */
@Entity
@Table(name = "call_record")
public class CallRecord {

    @Id
    private String callSid;
    @Column(name = "from_number")
    private String from;
    @Column(name = "to_number")
    private String to;
    private Long numberId;
    private Long flowId;
    private Integer flowVersion;
    private String processInstanceId;
    private String status;
    private Instant startedAt;
    private Instant answeredAt;
    private Instant endedAt;
    private Integer durationSeconds;
    private Long answeredByUserId;
    private String waitingExecutionId;
    private String waitingActivityId;
    private String waitingStep;
    private String error;

    protected CallRecord() {
    }

    CallRecord(String callSid, String from, String to, Long numberId, String status, Instant startedAt) {
        this.callSid = callSid;
        this.from = from;
        this.to = to;
        this.numberId = numberId;
        this.status = status;
        this.startedAt = startedAt;
    }

    void flowStarted(Long flowId, Integer flowVersion, String processInstanceId) {
        this.flowId = flowId;
        this.flowVersion = flowVersion;
        this.processInstanceId = processInstanceId;
    }

    /** Where the flow now waits, or that it no longer does. */
    void turnTaken(Turn.Waiting waiting) {
        this.waitingExecutionId = waiting == null ? null : waiting.executionId();
        this.waitingActivityId = waiting == null ? null : waiting.activityId();
        this.waitingStep = waiting == null ? null : waiting.step();
    }

    void answered(Long userId, Instant at) {
        if (answeredAt == null) {
            this.answeredAt = at;
        }
        if (userId != null) {
            this.answeredByUserId = userId;
        }
    }

    void ended(String status, Integer durationSeconds, Instant at) {
        this.status = status;
        this.endedAt = at;
        this.durationSeconds = durationSeconds != null ? durationSeconds
                : (int) Duration.between(startedAt, at).toSeconds();
        turnTaken(null);
    }

    void statusChanged(String status) {
        this.status = status;
    }

    void failed(String error) {
        this.error = error.length() > 2000 ? error.substring(0, 2000) : error;
        turnTaken(null);
    }

    boolean isOver() {
        return endedAt != null;
    }

    public String getCallSid() { return callSid; }
    public String getFrom() { return from; }
    public String getTo() { return to; }
    public Long getNumberId() { return numberId; }
    public Long getFlowId() { return flowId; }
    public Integer getFlowVersion() { return flowVersion; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getStatus() { return status; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Instant getEndedAt() { return endedAt; }
    public Integer getDurationSeconds() { return durationSeconds; }
    public Long getAnsweredByUserId() { return answeredByUserId; }
    public String getWaitingExecutionId() { return waitingExecutionId; }
    public String getWaitingActivityId() { return waitingActivityId; }
    public String getWaitingStep() { return waitingStep; }
    public String getError() { return error; }
}
