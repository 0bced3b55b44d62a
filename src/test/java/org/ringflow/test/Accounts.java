package org.ringflow.test;

import org.ringflow.directory.Role;
import org.ringflow.directory.User;
import org.ringflow.directory.UserRepository;
import org.ringflow.directory.UserStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

/** People for tests: created once per context, password = username + "-password". */
public final class Accounts {

    private Accounts() {
    }

    public static User ensure(UserRepository users, PasswordEncoder encoder, String username, Role role) {
        return users.findByUsername(username).orElseGet(() -> {
            User user = new User(username, username, encoder.encode(username + "-password"), role);
            user.setStatus(UserStatus.AVAILABLE);
            return users.save(user);
        });
    }
}
