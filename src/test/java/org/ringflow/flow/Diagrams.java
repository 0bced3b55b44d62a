package org.ringflow.flow;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;

/** Small BPMN diagrams for tests, written with Camunda's fluent builder. */
public final class Diagrams {

    private Diagrams() {
    }

    public static ProcessBuilder process() {
        return Bpmn.createExecutableProcess("Flow_Test");
    }

    public static String greetingThenHangup(String text) {
        return Bpmn.convertToString(process().startEvent("Start")
                .serviceTask("Task_Greeting").camundaDelegateExpression("${greeting}").camundaInputParameter("say", text)
                .endEvent("End").done());
    }

    public static String ringGroup(String groupId) {
        var task = process().startEvent("Start")
                .serviceTask("Task_RingSales").name("Ring Sales").camundaDelegateExpression("${ringGroup}");
        if (groupId != null) {
            task = task.camundaInputParameter("groupId", groupId);
        }
        return Bpmn.convertToString(task.endEvent("End").done());
    }
}
