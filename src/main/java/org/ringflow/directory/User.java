package org.ringflow.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who logs in and may be rung: in the browser (their Twilio Client identity) and on their own phone. */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Enumerated(EnumType.STRING)
    private UserStatus status;
    private String clientIdentity;
    private String forwardNumber;
    private Instant createdAt;

    protected User() {
    }

    public User(String name, String username, String passwordHash, Role role) {
        this.name = name;
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.status = UserStatus.OFFLINE;
        this.clientIdentity = username;
        this.createdAt = Instant.now();
    }

    public boolean isAvailable() {
        return status == UserStatus.AVAILABLE;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public UserStatus getStatus() { return status; }
    public void setStatus(UserStatus status) { this.status = status; }
    public String getClientIdentity() { return clientIdentity; }
    public void setClientIdentity(String clientIdentity) { this.clientIdentity = clientIdentity; }
    public String getForwardNumber() { return forwardNumber; }
    public void setForwardNumber(String forwardNumber) { this.forwardNumber = forwardNumber; }
    public Instant getCreatedAt() { return createdAt; }
}
