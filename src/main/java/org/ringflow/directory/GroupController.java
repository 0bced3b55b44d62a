package org.ringflow.directory;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/groups")
class GroupController {

    private final GroupService groups;

    GroupController(GroupService groups) {
        this.groups = groups;
    }

    @GetMapping
    List<GroupResponse> list() {
        return groups.findAll().stream().map(GroupResponse::of).toList();
    }

    @GetMapping("/{id}")
    GroupResponse get(@PathVariable Long id) {
        return GroupResponse.of(groups.get(id));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<GroupResponse> create(@Valid @RequestBody GroupRequest request) {
        Group group = groups.create(request);
        return ResponseEntity.created(URI.create("/api/groups/" + group.getId())).body(GroupResponse.of(group));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    GroupResponse update(@PathVariable Long id, @Valid @RequestBody GroupRequest request) {
        return GroupResponse.of(groups.update(id, request));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable Long id) {
        groups.delete(id);
        return ResponseEntity.noContent().build();
    }
}
