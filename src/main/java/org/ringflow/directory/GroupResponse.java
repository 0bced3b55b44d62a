package org.ringflow.directory;

import java.util.List;

record GroupResponse(Long id, String name, List<Long> memberIds) {

    static GroupResponse of(Group group) {
        return new GroupResponse(group.getId(), group.getName(), group.getMemberIds());
    }
}
