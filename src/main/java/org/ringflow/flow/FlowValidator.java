package org.ringflow.flow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Import;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.ringflow.applet.AppletCatalog;
import org.ringflow.applet.AppletSpec;
import org.ringflow.applet.Channel;
import org.ringflow.applet.Outcomes;
import org.ringflow.system.ApiError.Problem;
import org.springframework.stereotype.Component;

/**
 * Checks a flow before it is deployed: only applets of the flow's kind with valid options, plain start/end
 * events, exclusive gateways and sequence flows whose conditions test outcomes the applet can produce.
 * Anything that would run code of the diagram's choosing (scripts, classes, expressions, listeners) is refused.
 */
@Component
class FlowValidator {

    /** Errors stop a deploy; warnings are shown but allowed. */
    record Report(List<Problem> errors, List<Problem> warnings) {
    }

    private static final Pattern DELEGATE = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");

    private final AppletCatalog applets;

    FlowValidator(AppletCatalog applets) {
        this.applets = applets;
    }

    Report validate(BpmnModelInstance model, Process process, Channel kind) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        if (!model.getModelElementsByType(Import.class).isEmpty()) {
            errors.add(Problem.element(process.getId(), "imports of external resources are not allowed"));
        }
        Collection<FlowElement> elements = process.getFlowElements();
        long starts = elements.stream().filter(StartEvent.class::isInstance).count();
        if (starts != 1) {
            errors.add(Problem.element(process.getId(), "a flow has exactly one start event; this one has " + starts));
        }
        Map<String, AppletSpec> specs = new LinkedHashMap<>();
        for (FlowElement element : elements) {
            checkElement(element, kind, specs, errors);
        }
        for (FlowElement element : elements) {
            if (element instanceof SequenceFlow flow) {
                checkSequenceFlow(flow, specs, errors);
            }
            if (element instanceof FlowNode node && !(element instanceof EndEvent)) {
                checkWaysOut(node, specs.get(node.getId()), errors, warnings);
            }
        }
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            checkExtensions(element, errors);
        }
        findLoopWithoutWait(elements, specs).ifPresent(id -> errors.add(Problem.element(id,
                "this loop never waits for the caller (no Menu, Voicemail or Forward in it) and would run forever")));
        return new Report(errors, warnings);
    }

    private void checkElement(FlowElement element, Channel kind, Map<String, AppletSpec> specs, List<Problem> errors) {
        String id = element.getId();
        if (element instanceof ServiceTask task) {
            checkApplet(task, kind, errors).ifPresent(spec -> specs.put(id, spec));
        } else if (element instanceof Event event && (element instanceof StartEvent || element instanceof EndEvent)) {
            if (!event.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.EventDefinition.class).isEmpty()) {
                errors.add(Problem.element(id, "only plain start and end events are allowed"));
            }
        } else if (!(element instanceof SequenceFlow) && !(element instanceof ExclusiveGateway)) {
            errors.add(Problem.element(id, element.getElementType().getTypeName()
                    + " is not allowed in a flow: use applets, start/end events, exclusive gateways and sequence flows"));
        }
        if (element instanceof FlowNode node && (node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter())) {
            errors.add(Problem.element(id, "asynchronous continuations are not allowed"));
        }
    }

    private Optional<AppletSpec> checkApplet(ServiceTask task, Channel kind, List<Problem> errors) {
        String id = task.getId();
        if (task.getCamundaClass() != null || task.getCamundaExpression() != null || task.getCamundaType() != null
                || task.getCamundaTopic() != null || task.getCamundaResultVariable() != null) {
            errors.add(Problem.element(id, "an applet names its behaviour only by camunda:delegateExpression=\"${applet}\""));
            return Optional.empty();
        }
        String delegate = task.getCamundaDelegateExpression();
        Matcher m = delegate == null ? null : DELEGATE.matcher(delegate.trim());
        if (m == null || !m.matches()) {
            errors.add(Problem.element(id, "not an applet: camunda:delegateExpression must be ${appletName}"));
            return Optional.empty();
        }
        Optional<AppletSpec> spec = applets.find(m.group(1));
        if (spec.isEmpty()) {
            errors.add(Problem.element(id, "unknown applet " + m.group(1)));
            return Optional.empty();
        }
        if (spec.get().channel() != kind) {
            errors.add(Problem.element(id, spec.get().label() + " is a " + spec.get().channel()
                    + " applet; this is a " + kind + " flow"));
            return Optional.empty();
        }
        for (String problem : applets.problems(spec.get(), options(task, errors))) {
            errors.add(Problem.element(id, problem));
        }
        return spec;
    }

    private static Map<String, String> options(ServiceTask task, List<Problem> errors) {
        Map<String, String> options = new LinkedHashMap<>();
        ExtensionElements extensions = task.getExtensionElements();
        if (extensions == null) {
            return options;
        }
        for (CamundaInputOutput io : extensions.getChildElementsByType(CamundaInputOutput.class)) {
            if (!io.getCamundaOutputParameters().isEmpty()) {
                errors.add(Problem.element(task.getId(), "output parameters are not allowed"));
            }
            for (CamundaInputParameter parameter : io.getCamundaInputParameters()) {
                if (!parameter.getDomElement().getChildElements().isEmpty()) {
                    errors.add(Problem.element(task.getId(), "option " + parameter.getCamundaName()
                            + " must be plain text (no scripts, lists or maps)"));
                } else if (options.put(parameter.getCamundaName(), parameter.getTextContent()) != null) {
                    errors.add(Problem.element(task.getId(), "option " + parameter.getCamundaName() + " is given twice"));
                }
            }
        }
        return options;
    }

    private static void checkSequenceFlow(SequenceFlow flow, Map<String, AppletSpec> specs, List<Problem> errors) {
        ConditionExpression condition = flow.getConditionExpression();
        if (condition == null) {
            return;
        }
        if (condition.getLanguage() != null || condition.getCamundaResource() != null) {
            errors.add(Problem.element(flow.getId(), "script conditions are not allowed; use ${outcome == 'x'}"));
            return;
        }
        Optional<String> outcome = Outcomes.tested(condition.getTextContent());
        if (outcome.isEmpty()) {
            errors.add(Problem.element(flow.getId(), "a branch condition must be ${outcome == 'x'}"));
            return;
        }
        FlowNode source = flow.getSource();
        if (source instanceof StartEvent) {
            errors.add(Problem.element(flow.getId(), "the way out of the start event takes no condition"));
            return;
        }
        AppletSpec spec = source == null ? null : specs.get(source.getId());
        if (spec != null && !spec.outcomes().contains(outcome.get())) {
            errors.add(Problem.element(flow.getId(), spec.hasOutcomes()
                    ? "'" + outcome.get() + "' is not an outcome of " + spec.label() + " (" + String.join(", ", spec.outcomes()) + ")"
                    : spec.label() + " has one way out; remove the condition"));
        }
    }

    private static void checkWaysOut(FlowNode node, AppletSpec spec, List<Problem> errors, List<Problem> warnings) {
        SequenceFlow defaultFlow = node instanceof ServiceTask task ? task.getDefault()
                : node instanceof ExclusiveGateway gateway ? gateway.getDefault() : null;
        List<SequenceFlow> unconditioned = node.getOutgoing().stream()
                .filter(f -> f.getConditionExpression() == null && f != defaultFlow).toList();
        boolean conditioned = node.getOutgoing().stream().anyMatch(f -> f.getConditionExpression() != null);
        if (unconditioned.size() > 1 || (conditioned && !unconditioned.isEmpty())) {
            errors.add(Problem.element(node.getId(), "more than one way out would be taken at once: "
                    + "give each branch an outcome, or make one the default"));
        }
        if (spec == null || !spec.hasOutcomes() || defaultFlow != null || !unconditioned.isEmpty()) {
            return;
        }
        Set<String> tested = new LinkedHashSet<>();
        node.getOutgoing().forEach(f -> {
            if (f.getConditionExpression() != null) {
                Outcomes.tested(f.getConditionExpression().getTextContent()).ifPresent(tested::add);
            }
        });
        List<String> untested = spec.outcomes().stream()
                .filter(o -> !tested.contains(o))
                .filter(o -> !(spec.name().equals("menu") && o.length() == 1))
                .toList();
        if (spec.name().equals("menu") && tested.stream().noneMatch(o -> o.length() == 1)) {
            warnings.add(Problem.warning(node.getId(), "no key of this menu leads anywhere"));
        }
        if (!untested.isEmpty()) {
            warnings.add(Problem.warning(node.getId(), "no branch for " + String.join(", ", untested)
                    + " and no default: the call ends there"));
        }
    }

    /** A node on a cycle that passes no applet that always waits, if there is one. */
    private Optional<String> findLoopWithoutWait(Collection<FlowElement> elements, Map<String, AppletSpec> specs) {
        Map<String, List<String>> next = new LinkedHashMap<>();
        for (FlowElement element : elements) {
            if (element instanceof FlowNode node) {
                AppletSpec spec = specs.get(node.getId());
                boolean waits = spec != null && applets.alwaysWaits(spec.name());
                next.put(node.getId(), waits ? List.of()
                        : node.getOutgoing().stream().map(f -> f.getTarget() == null ? "" : f.getTarget().getId()).toList());
            }
        }
        Map<String, Integer> state = new LinkedHashMap<>(); // 1 = on the current path, 2 = done
        for (String start : next.keySet()) {
            Optional<String> found = cycleFrom(start, next, state);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> cycleFrom(String node, Map<String, List<String>> next, Map<String, Integer> state) {
        Integer seen = state.get(node);
        if (seen != null) {
            return seen == 1 ? Optional.of(node) : Optional.empty();
        }
        state.put(node, 1);
        for (String target : next.getOrDefault(node, List.of())) {
            Optional<String> found = cycleFrom(target, next, state);
            if (found.isPresent()) {
                return found;
            }
        }
        state.put(node, 2);
        return Optional.empty();
    }

    private static void checkExtensions(BaseElement element, List<Problem> errors) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return;
        }
        for (ModelElementInstance child : extensions.getElements()) {
            boolean allowed = element instanceof ServiceTask && child instanceof CamundaInputOutput;
            if (!allowed) {
                errors.add(Problem.element(element.getId(), "extension " + child.getElementType().getTypeName()
                        + " is not allowed (no listeners, properties or connectors)"));
            }
        }
    }
}
