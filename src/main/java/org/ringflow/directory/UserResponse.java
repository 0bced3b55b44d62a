package org.ringflow.directory;

import java.time.Instant;

/** A user as the API shows it: never the password. */
record UserResponse(Long id, String name, String username, Role role, UserStatus status, String clientIdentity,
        String forwardNumber, Instant createdAt) {

    static UserResponse of(User user) {
        return new UserResponse(user.getId(), user.getName(), user.getUsername(), user.getRole(), user.getStatus(),
                user.getClientIdentity(), user.getForwardNumber(), user.getCreatedAt());
    }
}
