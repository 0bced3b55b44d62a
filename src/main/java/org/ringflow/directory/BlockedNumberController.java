package org.ringflow.directory;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/blocked-numbers")
class BlockedNumberController {

    private final BlockedNumberService blocked;

    BlockedNumberController(BlockedNumberService blocked) {
        this.blocked = blocked;
    }

    @GetMapping
    List<BlockedNumberResponse> list() {
        return blocked.findAll().stream().map(BlockedNumberResponse::of).toList();
    }

    @GetMapping("/{id}")
    BlockedNumberResponse get(@PathVariable Long id) {
        return BlockedNumberResponse.of(blocked.get(id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'AGENT')")
    ResponseEntity<BlockedNumberResponse> block(@Valid @RequestBody BlockedNumberRequest request, Principal principal) {
        BlockedNumber number = blocked.block(request, principal.getName());
        return ResponseEntity.created(URI.create("/api/blocked-numbers/" + number.getId()))
                .body(BlockedNumberResponse.of(number));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> unblock(@PathVariable Long id) {
        blocked.unblock(id);
        return ResponseEntity.noContent().build();
    }
}
