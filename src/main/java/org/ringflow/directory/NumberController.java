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
@RequestMapping("/api/numbers")
class NumberController {

    private final NumberService numbers;

    NumberController(NumberService numbers) {
        this.numbers = numbers;
    }

    @GetMapping
    List<NumberResponse> list() {
        return numbers.findAll().stream().map(NumberResponse::of).toList();
    }

    @GetMapping("/{id}")
    NumberResponse get(@PathVariable Long id) {
        return NumberResponse.of(numbers.get(id));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<NumberResponse> create(@Valid @RequestBody NumberRequest request) {
        PhoneNumber number = numbers.create(request);
        return ResponseEntity.created(URI.create("/api/numbers/" + number.getId())).body(NumberResponse.of(number));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    NumberResponse update(@PathVariable Long id, @Valid @RequestBody NumberRequest request) {
        return NumberResponse.of(numbers.update(id, request));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable Long id) {
        numbers.delete(id);
        return ResponseEntity.noContent().build();
    }
}
