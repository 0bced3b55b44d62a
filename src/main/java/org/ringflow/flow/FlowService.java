package org.ringflow.flow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.ringflow.applet.Channel;
import org.ringflow.directory.PhoneNumber;
import org.ringflow.directory.PhoneNumberRepository;
import org.ringflow.system.ApiError.Problem;
import org.ringflow.system.BadRequestException;
import org.ringflow.system.ConflictException;
import org.ringflow.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flows and their versions. Saving a changed diagram validates it and deploys it to Camunda as a new
 * version in the same transaction: a flow that fails any check leaves nothing behind.
 */
@Service
public class FlowService {

    /** A flow as saved, with the warnings its diagram raised. */
    public record Saved(Flow flow, List<Problem> warnings) {
    }

    private final FlowRepository flows;
    private final FlowVersionRepository versions;
    private final PhoneNumberRepository numbers;
    private final FlowValidator validator;
    private final RepositoryService repository;
    private final Clock clock;

    FlowService(FlowRepository flows, FlowVersionRepository versions, PhoneNumberRepository numbers,
            FlowValidator validator, RepositoryService repository, Clock clock) {
        this.flows = flows;
        this.versions = versions;
        this.numbers = numbers;
        this.validator = validator;
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public Saved create(String name, Channel kind, String bpmnXml) {
        String xml = bpmnXml == null || bpmnXml.isBlank() ? StarterDiagram.of(kind) : bpmnXml;
        BpmnModelInstance model = BpmnDocument.read(xml);
        Flow flow = flows.save(new Flow(name, kind, xml, clock.instant()));
        List<Problem> warnings = deploy(flow, model);
        return new Saved(flow, warnings);
    }

    @Transactional
    public Saved update(long id, String name, String bpmnXml) {
        Flow flow = get(id);
        if (name != null) {
            flow.rename(name, clock.instant());
        }
        List<Problem> warnings = List.of();
        if (bpmnXml != null) {
            BpmnModelInstance model = BpmnDocument.read(bpmnXml);
            if (!normalized(flow, model).equals(normalized(flow, BpmnDocument.read(flow.getBpmnXml())))) {
                warnings = deploy(flow, model);
            } else {
                warnings = validator.validate(model, BpmnDocument.singleProcess(model), flow.getKind()).warnings();
            }
        }
        return new Saved(flows.save(flow), warnings);
    }

    /** Checks a diagram without deploying it (for the builder's live checks). */
    @Transactional(readOnly = true)
    public FlowValidator.Report check(Channel kind, String bpmnXml) {
        BpmnModelInstance model = BpmnDocument.read(bpmnXml);
        return validator.validate(model, BpmnDocument.singleProcess(model), kind);
    }

    @Transactional
    public void delete(long id) {
        Flow flow = get(id);
        List<String> using = numbersUsing(id).stream().map(PhoneNumber::getNumber).toList();
        if (!using.isEmpty()) {
            throw new ConflictException("numbers", "flow " + flow.getName() + " is used by " + String.join(", ", using)
                    + "; assign those numbers another flow first");
        }
        flows.delete(flow);
    }

    @Transactional(readOnly = true)
    public Flow get(long id) {
        return flows.findById(id).orElseThrow(() -> new NotFoundException("flow", id));
    }

    @Transactional(readOnly = true)
    public Optional<Flow> find(long id) {
        return flows.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Flow> all() {
        return flows.findAll();
    }

    @Transactional(readOnly = true)
    public List<FlowVersion> versions(long id) {
        get(id);
        return versions.findByFlowIdOrderByVersionDesc(id);
    }

    /** The flow version a process definition belongs to (calls keep the version they started on). */
    @Transactional(readOnly = true)
    public Optional<FlowVersion> version(String processDefinitionId) {
        return versions.findByProcessDefinitionId(processDefinitionId);
    }

    @Transactional(readOnly = true)
    public List<PhoneNumber> numbersUsing(long flowId) {
        return numbers.findByCallFlowIdOrSmsFlowId(flowId, flowId);
    }

    /** The diagram as it would be deployed, to tell a real change from the same diagram saved again. */
    private static String normalized(Flow flow, BpmnModelInstance model) {
        Process process = BpmnDocument.singleProcess(model);
        process.setId(flow.processKey());
        process.setExecutable(true);
        return BpmnDocument.write(model);
    }

    private List<Problem> deploy(Flow flow, BpmnModelInstance model) {
        String xml = normalized(flow, model);
        Process process = BpmnDocument.singleProcess(model);
        FlowValidator.Report report = validator.validate(model, process, flow.getKind());
        if (!report.errors().isEmpty()) {
            throw new FlowInvalidException(report.errors());
        }
        DeploymentWithDefinitions deployment;
        try {
            deployment = repository.createDeployment()
                    .name(flow.getName())
                    .source("ringflow")
                    .addString(flow.processKey() + ".bpmn", xml)
                    .deployWithResult();
        } catch (ParseException e) {
            throw new FlowInvalidException(engineProblems(e));
        }
        ProcessDefinition definition = deployment.getDeployedProcessDefinitions().get(0);
        flow.deployed(xml, definition.getId(), clock.instant());
        flows.save(flow);
        versions.save(new FlowVersion(flow.getId(), flow.getVersion(), xml, deployment.getId(), definition.getId(),
                clock.instant()));
        return report.warnings();
    }

    private static List<Problem> engineProblems(ParseException e) {
        List<Problem> problems = new ArrayList<>();
        for (ResourceReport report : e.getResorceReports()) {
            for (org.camunda.bpm.engine.Problem problem : report.getErrors()) {
                problems.add(Problem.element(problem.getMainElementId(), problem.getMessage()));
            }
        }
        if (problems.isEmpty()) {
            throw new BadRequestException("bpmnXml", e.getMessage());
        }
        return problems;
    }
}
