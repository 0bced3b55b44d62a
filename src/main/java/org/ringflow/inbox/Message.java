package org.ringflow.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A text message, in or out; lands in a user's or a group's inbox (or none, when no flow put it anywhere). */
@Entity
@Table(name = "message")
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String messageSid;
    private String direction;
    @Column(name = "from_number")
    private String from;
    @Column(name = "to_number")
    private String to;
    private String body;
    private String mediaUrls;
    private Long ownerUserId;
    private Long ownerGroupId;
    @Column(name = "is_read")
    private boolean read;
    private Instant createdAt;

    protected Message() {
    }

    Message(String messageSid, String direction, String from, String to, String body, String mediaUrls, Instant createdAt) {
        this.messageSid = messageSid;
        this.direction = direction;
        this.from = from;
        this.to = to;
        this.body = body;
        this.mediaUrls = mediaUrls;
        this.createdAt = createdAt;
    }

    void assignTo(Owner owner) {
        this.ownerUserId = owner.userId();
        this.ownerGroupId = owner.groupId();
    }

    void markRead(boolean read) {
        this.read = read;
    }

    public Long getId() { return id; }
    public String getMessageSid() { return messageSid; }
    public String getDirection() { return direction; }
    public String getFrom() { return from; }
    public String getTo() { return to; }
    public String getBody() { return body; }
    public String getMediaUrls() { return mediaUrls; }
    public Long getOwnerUserId() { return ownerUserId; }
    public Long getOwnerGroupId() { return ownerGroupId; }
    public boolean isRead() { return read; }
    public Instant getCreatedAt() { return createdAt; }
}
