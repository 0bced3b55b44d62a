package org.ringflow.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A caller whose calls are rejected before any flow runs. */
@Entity
@Table(name = "blocked_number")
public class BlockedNumber {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    private String reason;
    private String createdBy;
    private Instant createdAt;

    protected BlockedNumber() {
    }

    public BlockedNumber(String number, String reason, String createdBy) {
        this.number = number;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public String getReason() { return reason; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
