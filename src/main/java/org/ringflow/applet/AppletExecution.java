package org.ringflow.applet;

import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/** An applet's view of one run of its task: its options, the call, the TwiML being written, its own state. */
final class AppletExecution {

    private final ActivityExecution execution;
    private final Applet applet;

    AppletExecution(ActivityExecution execution, Applet applet) {
        this.execution = execution;
        this.applet = applet;
    }

    /** An option's value, or null when not given or blank. */
    String option(String name) {
        Object value = execution.getVariableLocal(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    String option(String name, String fallback) {
        String value = option(name);
        return value == null ? fallback : value;
    }

    int intOption(String name, int fallback) {
        String value = option(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    Long idOption(String name) {
        String value = option(name);
        return value == null ? null : Long.valueOf(value);
    }

    String variable(String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    String callSid() {
        return variable(FlowVariables.CALL_SID);
    }

    String from() {
        return variable(FlowVariables.FROM);
    }

    String to() {
        return variable(FlowVariables.TO);
    }

    String activityId() {
        return execution.getCurrentActivityId();
    }

    Turn turn() {
        return Turn.current();
    }

    /** State kept by the applet between its start and its callbacks (retries, the member being rung...). */
    Object state(String name) {
        return execution.getVariableLocal(name);
    }

    void setState(String name, Object value) {
        execution.setVariableLocal(name, value);
    }

    /** Makes the flow wait here; returns the absolute URL Twilio must call back to move it on. */
    String awaitCallback() {
        String step = HexFormat.of().formatHex(longBytes(ThreadLocalRandom.current().nextLong()));
        Turn turn = turn();
        turn.waitAt(execution.getId(), activityId(), step);
        return turn.urls().step(step);
    }

    /** The outcomes that the branches leaving this task test, in diagram order. */
    Set<String> testedOutcomes() {
        Set<String> tested = new LinkedHashSet<>();
        for (SequenceFlow flow : ((FlowNode) execution.getBpmnModelElementInstance()).getOutgoing()) {
            if (flow.getConditionExpression() != null) {
                Outcomes.tested(flow.getConditionExpression().getTextContent()).ifPresent(tested::add);
            }
        }
        return tested;
    }

    void leave(String outcome) {
        applet.leaveBy(execution, outcome);
    }

    void leave() {
        applet.leaveBy(execution, null);
    }

    private static byte[] longBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 7; i >= 0; i--) {
            bytes[i] = (byte) value;
            value >>= 8;
        }
        return bytes;
    }
}
