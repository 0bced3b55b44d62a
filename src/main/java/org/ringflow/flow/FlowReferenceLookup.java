package org.ringflow.flow;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.ringflow.directory.FlowReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the directory's questions about flows, so a number gets only a flow of its kind and nobody a flow rings is deleted. */
@Component
class FlowReferenceLookup implements FlowReferences {

    private final FlowRepository flows;

    FlowReferenceLookup(FlowRepository flows) {
        this.flows = flows;
    }

    @Override
    public Optional<String> kindOf(long flowId) {
        return flows.findById(flowId).map(f -> f.getKind().name());
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> flowsNamingUser(long userId) {
        return flowsWithOption("userId", userId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> flowsNamingGroup(long groupId) {
        return flowsWithOption("groupId", groupId);
    }

    private List<String> flowsWithOption(String option, long id) {
        String value = Long.toString(id);
        return flows.findAll().stream()
                .filter(flow -> flow.getBpmnXml().contains(value) && names(flow, option, value))
                .map(Flow::getName)
                .toList();
    }

    private static boolean names(Flow flow, String option, String value) {
        return BpmnDocument.read(flow.getBpmnXml()).getModelElementsByType(ServiceTask.class).stream()
                .filter(task -> task.getExtensionElements() != null)
                .flatMap(task -> task.getExtensionElements().getChildElementsByType(CamundaInputOutput.class).stream())
                .flatMap(io -> io.getCamundaInputParameters().stream())
                .anyMatch(p -> option.equals(p.getCamundaName()) && value.equals(trimmed(p)));
    }

    private static String trimmed(CamundaInputParameter parameter) {
        return parameter.getTextContent() == null ? "" : parameter.getTextContent().trim();
    }
}
