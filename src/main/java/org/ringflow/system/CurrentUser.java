package org.ringflow.system;

import java.util.Optional;
import org.ringflow.directory.Role;
import org.ringflow.directory.User;
import org.ringflow.directory.UserRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking, as a directory user. */
@Component
public class CurrentUser {

    private final UserRepository users;

    CurrentUser(UserRepository users) {
        this.users = users;
    }

    public Optional<User> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? Optional.empty() : users.findByUsername(auth.getName());
    }

    /** Admins and analysts see every record; agents only their own and their groups'. */
    public boolean seesEverything() {
        return get().map(u -> u.getRole() == Role.ADMIN || u.getRole() == Role.ANALYST).orElse(false);
    }
}
