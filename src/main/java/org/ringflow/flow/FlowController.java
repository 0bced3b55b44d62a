package org.ringflow.flow;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ringflow.applet.Channel;
import org.ringflow.directory.PhoneNumber;
import org.ringflow.directory.PhoneNumberRepository;
import org.ringflow.system.ApiError.Problem;
import org.ringflow.system.BadRequestException;
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

/** Flows: admins create and change them; everyone logged in may read them. */
@RestController
@RequestMapping("/api/flows")
class FlowController {

    record CreateFlow(@NotBlank @Size(max = 200) String name, @NotNull Channel kind, String bpmnXml) {
    }

    record UpdateFlow(@Size(min = 1, max = 200) String name, String bpmnXml) {
    }

    record CheckFlow(@NotNull Channel kind, @NotBlank String bpmnXml) {
    }

    record NumberRef(Long id, String number, String name) {
    }

    record FlowView(Long id, String name, Channel kind, int version, String bpmnXml, List<NumberRef> numbers,
                    Instant createdAt, Instant updatedAt, List<Problem> warnings) {
    }

    record VersionView(int version, String processDefinitionId, Instant createdAt, String bpmnXml) {
    }

    record CheckResult(List<Problem> errors, List<Problem> warnings) {
    }

    private final FlowService flows;
    private final PhoneNumberRepository numbers;

    FlowController(FlowService flows, PhoneNumberRepository numbers) {
        this.flows = flows;
        this.numbers = numbers;
    }

    @GetMapping
    List<FlowView> list() {
        Map<Long, List<NumberRef>> byFlow = numbers.findAll().stream()
                .flatMap(n -> java.util.stream.Stream.of(
                        Map.entry(n.getCallFlowId() == null ? -1L : n.getCallFlowId(), ref(n)),
                        Map.entry(n.getSmsFlowId() == null ? -1L : n.getSmsFlowId(), ref(n))))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return flows.all().stream()
                .map(f -> view(f, byFlow.getOrDefault(f.getId(), List.of()), null, false))
                .toList();
    }

    @GetMapping("/{id}")
    FlowView get(@PathVariable long id) {
        Flow flow = flows.get(id);
        return view(flow, refs(flow), null, true);
    }

    @GetMapping("/{id}/versions")
    List<VersionView> versions(@PathVariable long id) {
        return flows.versions(id).stream()
                .map(v -> new VersionView(v.getVersion(), v.getProcessDefinitionId(), v.getCreatedAt(), v.getBpmnXml()))
                .toList();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<FlowView> create(@Valid @RequestBody CreateFlow request) {
        FlowService.Saved saved = flows.create(request.name().trim(), request.kind(), request.bpmnXml());
        return ResponseEntity.created(URI.create("/api/flows/" + saved.flow().getId()))
                .body(view(saved.flow(), List.of(), saved.warnings(), true));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    FlowView update(@PathVariable long id, @Valid @RequestBody UpdateFlow request) {
        if (request.name() != null && request.name().isBlank()) {
            throw new BadRequestException("name", "name must not be blank");
        }
        FlowService.Saved saved = flows.update(id, request.name() == null ? null : request.name().trim(), request.bpmnXml());
        return view(saved.flow(), refs(saved.flow()), saved.warnings(), true);
    }

    @PostMapping("/validate")
    @PreAuthorize("hasRole('ADMIN')")
    CheckResult check(@Valid @RequestBody CheckFlow request) {
        FlowValidator.Report report = flows.check(request.kind(), request.bpmnXml());
        return new CheckResult(report.errors(), report.warnings());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable long id) {
        flows.delete(id);
        return ResponseEntity.noContent().build();
    }

    private List<NumberRef> refs(Flow flow) {
        return flows.numbersUsing(flow.getId()).stream().map(FlowController::ref).toList();
    }

    private static NumberRef ref(PhoneNumber n) {
        return new NumberRef(n.getId(), n.getNumber(), n.getName());
    }

    private static FlowView view(Flow f, List<NumberRef> numbers, List<Problem> warnings, boolean withXml) {
        return new FlowView(f.getId(), f.getName(), f.getKind(), f.getVersion(), withXml ? f.getBpmnXml() : null,
                numbers, f.getCreatedAt(), f.getUpdatedAt(), warnings);
    }
}
