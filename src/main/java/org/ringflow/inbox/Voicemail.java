package org.ringflow.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A recorded message left by a caller, in a user's or a group's inbox. */
@Entity
@Table(name = "voicemail")
public class Voicemail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String callSid;
    @Column(name = "from_number")
    private String from;
    @Column(name = "to_number")
    private String to;
    private String recordingUrl;
    private String recordingSid;
    private Integer durationSeconds;
    private String transcription;
    private Long ownerUserId;
    private Long ownerGroupId;
    @Column(name = "is_read")
    private boolean read;
    private Instant createdAt;

    protected Voicemail() {
    }

    Voicemail(String callSid, String from, String to, String recordingSid, Owner owner, Instant createdAt) {
        this.callSid = callSid;
        this.from = from;
        this.to = to;
        this.recordingSid = recordingSid;
        this.ownerUserId = owner.userId();
        this.ownerGroupId = owner.groupId();
        this.createdAt = createdAt;
    }

    void recording(String url, Integer durationSeconds) {
        if (url != null) {
            this.recordingUrl = url;
        }
        if (durationSeconds != null) {
            this.durationSeconds = durationSeconds;
        }
    }

    void transcribed(String text) {
        this.transcription = text;
    }

    void markRead(boolean read) {
        this.read = read;
    }

    public Long getId() { return id; }
    public String getCallSid() { return callSid; }
    public String getFrom() { return from; }
    public String getTo() { return to; }
    public String getRecordingUrl() { return recordingUrl; }
    public String getRecordingSid() { return recordingSid; }
    public Integer getDurationSeconds() { return durationSeconds; }
    public String getTranscription() { return transcription; }
    public Long getOwnerUserId() { return ownerUserId; }
    public Long getOwnerGroupId() { return ownerGroupId; }
    public boolean isRead() { return read; }
    public Instant getCreatedAt() { return createdAt; }
}
