package org.ringflow.directory;

import java.security.Principal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is logged in: the UI's starting point. */
@RestController
class MeController {

    private final UserService users;
    private final GroupRepository groups;

    MeController(UserService users, GroupRepository groups) {
        this.users = users;
        this.groups = groups;
    }

    @GetMapping("/api/me")
    @Transactional(readOnly = true)
    MeResponse me(Principal principal) {
        User user = users.getByUsername(principal.getName());
        return MeResponse.of(user, groups.findByMember(user.getId()));
    }
}
