package org.ringflow.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ringflow.system.BadRequestException;
import org.ringflow.system.ConflictException;
import org.ringflow.system.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Groups of users. Every check runs before the first write, so a refused request changes nothing. */
@Service
@Transactional
public class GroupService {

    private final GroupRepository groups;
    private final UserRepository users;
    private final FlowReferences flows;

    GroupService(GroupRepository groups, UserRepository users, FlowReferences flows) {
        this.groups = groups;
        this.users = users;
        this.flows = flows;
    }

    @Transactional(readOnly = true)
    public List<Group> findAll() {
        return groups.findAll(Sort.by("id"));
    }

    @Transactional(readOnly = true)
    public Group get(Long id) {
        return groups.findById(id).orElseThrow(() -> new NotFoundException("group", id));
    }

    Group create(GroupRequest request) {
        List<Long> members = checkMembers(request.memberIds());
        String name = request.name().trim();
        if (groups.existsByName(name)) {
            throw new ConflictException("name", "a group named '" + name + "' exists");
        }
        return groups.save(new Group(name, members));
    }

    Group update(Long id, GroupRequest request) {
        Group group = get(id);
        List<Long> members = checkMembers(request.memberIds());
        String name = request.name().trim();
        if (!name.equals(group.getName()) && groups.existsByName(name)) {
            throw new ConflictException("name", "a group named '" + name + "' exists");
        }
        group.setName(name);
        replaceMembers(group, members);
        return group;
    }

    void delete(Long id) {
        Group group = get(id);
        List<String> naming = flows.flowsNamingGroup(id);
        if (!naming.isEmpty()) {
            throw new ConflictException("id", "group " + group.getName() + " is named in the flows "
                    + String.join(", ", naming) + "; change those flows first");
        }
        groups.delete(group);
    }

    /** Takes a user out of every group they are in (when the user is deleted). */
    void removeMember(Long userId) {
        for (Group group : groups.findByMember(userId)) {
            List<Long> rest = new ArrayList<>(group.getMemberIds());
            rest.remove(userId);
            replaceMembers(group, rest);
        }
    }

    /**
     * Members are stored by position with each user at most once per group; rewriting the list in place would
     * briefly put one user at two positions, so the old rows go first.
     */
    private void replaceMembers(Group group, List<Long> members) {
        if (group.getMemberIds().equals(members)) {
            return;
        }
        group.setMemberIds(List.of());
        groups.saveAndFlush(group);
        group.setMemberIds(members);
        groups.flush();
    }

    private List<Long> checkMembers(List<Long> memberIds) {
        if (memberIds == null) {
            return List.of();
        }
        Set<Long> seen = new HashSet<>();
        for (Long id : memberIds) {
            if (id == null) {
                throw new BadRequestException("memberIds", "must not contain null");
            }
            if (!seen.add(id)) {
                throw new BadRequestException("memberIds", "user " + id + " is listed twice");
            }
            if (!users.existsById(id)) {
                throw new BadRequestException("memberIds", "unknown user " + id);
            }
        }
        return List.copyOf(memberIds);
    }
}
