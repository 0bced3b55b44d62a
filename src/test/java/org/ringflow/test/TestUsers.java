package org.ringflow.test;

import org.ringflow.directory.Role;
import org.ringflow.directory.User;
import org.ringflow.directory.UserRepository;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * People to log in as in tests, created on first use (contexts are shared between test classes).
 * Everyone's password is {@link #PASSWORD}; the admin of application-test.yml is admin / admin-password.
 */
public class TestUsers {

    public static final String PASSWORD = "test-password";

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    public TestUsers(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** The user with this username and role, created if missing. */
    public User ensure(String username, Role role) {
        return users.findByUsername(username).orElseGet(() -> {
            User user = new User(username, username, passwordEncoder.encode(PASSWORD), role);
            user.setClientIdentity(username.replaceAll("[^A-Za-z0-9_]", "_"));
            return users.save(user);
        });
    }
}
