package org.ringflow.directory;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.ringflow.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contacts")
class ContactController {

    private final ContactService contacts;

    ContactController(ContactService contacts) {
        this.contacts = contacts;
    }

    @GetMapping
    List<ContactResponse> list() {
        return contacts.findAll().stream().map(ContactResponse::of).toList();
    }

    @GetMapping("/{id}")
    ContactResponse get(@PathVariable Long id) {
        return ContactResponse.of(contacts.get(id));
    }

    @GetMapping("/lookup")
    ContactResponse lookup(@RequestParam String number) {
        return contacts.lookup(number).map(ContactResponse::of)
                .orElseThrow(() -> new NotFoundException("contact with number", number));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'AGENT')")
    ResponseEntity<ContactResponse> create(@Valid @RequestBody ContactRequest request) {
        Contact contact = contacts.create(request);
        return ResponseEntity.created(URI.create("/api/contacts/" + contact.getId())).body(ContactResponse.of(contact));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'AGENT')")
    ContactResponse update(@PathVariable Long id, @Valid @RequestBody ContactRequest request) {
        return ContactResponse.of(contacts.update(id, request));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable Long id) {
        contacts.delete(id);
        return ResponseEntity.noContent().build();
    }
}
