package org.ringflow.flow;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.ringflow.applet.Channel;

/** What a new flow opens on: just the question the admin answers by adding applets. */
final class StarterDiagram {

    private StarterDiagram() {
    }

    static String of(Channel kind) {
        String question = kind == Channel.CALL
                ? "When a call begins, what should we do?"
                : "When a text arrives, what should we do?";
        return Bpmn.convertToString(Bpmn.createExecutableProcess("Flow_New")
                .startEvent("Start").name(question)
                .done());
    }
}
