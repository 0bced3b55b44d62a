package org.ringflow.directory;

import java.util.List;

/** The logged-in user, with the groups they belong to: what the UI needs to set itself up. */
record MeResponse(Long id, String name, String username, Role role, UserStatus status, String clientIdentity,
        String forwardNumber, List<GroupRef> groups) {

    record GroupRef(Long id, String name) {
    }

    static MeResponse of(User user, List<Group> groups) {
        return new MeResponse(user.getId(), user.getName(), user.getUsername(), user.getRole(), user.getStatus(),
                user.getClientIdentity(), user.getForwardNumber(),
                groups.stream().map(g -> new GroupRef(g.getId(), g.getName())).toList());
    }
}
