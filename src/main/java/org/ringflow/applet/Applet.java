package org.ringflow.applet;

import org.camunda.bpm.engine.impl.bpmn.behavior.AbstractBpmnActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;

/**
 * One step of a flow, as one BPMN service task ({@code camunda:delegateExpression="${name}"}). An applet that
 * must wait for the caller or Twilio stays in its task between {@link #start} and {@link #resume}.
 * This is the only class that touches Camunda's internal activity-behaviour API.
 */
public abstract class Applet extends AbstractBpmnActivityBehavior {

    /** The applet's name in BPMN, its options and outcomes. */
    public abstract AppletSpec spec();

    /** True for applets that wait for the caller or Twilio every time they run; only they may close a loop. */
    boolean alwaysWaits() {
        return false;
    }

    /** Runs when the flow reaches the applet: add TwiML, then leave or await a callback. */
    abstract void start(AppletExecution run) throws Exception;

    /** Runs when Twilio calls back the applet's step URL. */
    void resume(AppletExecution run, Callback callback) throws Exception {
        throw new IllegalStateException(spec().name() + " does not wait for callbacks");
    }

    @Override
    public final void execute(ActivityExecution execution) throws Exception {
        start(new AppletExecution(execution, this));
    }

    @Override
    public final void signal(ActivityExecution execution, String signalName, Object signalData) throws Exception {
        resume(new AppletExecution(execution, this), signalData instanceof Callback c ? c : Callback.empty());
    }

    /** Leaves by the branch testing this outcome (or the default); where no branch fits, this path of the flow ends. */
    final void leaveBy(ActivityExecution execution, String outcome) {
        execution.setVariable(Outcomes.VARIABLE, outcome);
        if (hasWayOut(execution, outcome)) {
            leave(execution);
        } else {
            execution.end(true);
        }
    }

    private static boolean hasWayOut(ActivityExecution execution, String outcome) {
        FlowNode node = (FlowNode) execution.getBpmnModelElementInstance();
        if (node instanceof ServiceTask task && task.getDefault() != null) {
            return true;
        }
        for (SequenceFlow flow : node.getOutgoing()) {
            if (flow.getConditionExpression() == null) {
                return true;
            }
            if (outcome != null && Outcomes.tested(flow.getConditionExpression().getTextContent())
                    .filter(outcome::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
