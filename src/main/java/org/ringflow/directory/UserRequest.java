package org.ringflow.directory;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A user as written by an admin. On update, a missing password, status or clientIdentity keeps the stored one;
 * on create, a missing status is OFFLINE and a missing clientIdentity is derived from the username.
 */
record UserRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may contain letters, digits and . _ @ - only")
        String username,
        @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) @Size(min = 8, max = 72) String password,
        String role,
        String status,
        @Size(max = 121) @Pattern(regexp = "[A-Za-z0-9_]+", message = "may contain letters, digits and _ only (a Twilio Client identity)")
        String clientIdentity,
        String forwardNumber) {
}
