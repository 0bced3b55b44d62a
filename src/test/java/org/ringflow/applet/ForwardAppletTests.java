package org.ringflow.applet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ForwardAppletTests extends AppletTestSupport {

    static BpmnModelInstance forward(String callerId) {
        var task = process().startEvent().serviceTask("Task_Forward").camundaDelegateExpression("${forward}")
                .camundaInputParameter("number", "(555) 010-2000").camundaInputParameter("callerId", callerId);
        for (String outcome : new String[] {"answered", "no-answer", "busy", "failed"}) {
            task.condition(outcome, "${outcome == '" + outcome + "'}").endEvent("End_" + outcome.replace("-", "_"))
                    .moveToNode("Task_Forward");
        }
        return task.done();
    }

    @Test
    void dialsTheNumberShowingTheCallerOrTheRingflowNumber() {
        Step caller = start(forward("caller"));
        assertThat(caller.text("/Response/Dial/Number")).isEqualTo("+15550102000");
        assertThat(caller.text("/Response/Dial/@callerId")).isEqualTo("+15551112222");

        Step number = start(forward("number"));
        assertThat(number.text("/Response/Dial/@callerId")).isEqualTo("+15553334444");
    }

    @ParameterizedTest
    @CsvSource({"completed, End_answered", "no-answer, End_no_answer", "busy, End_busy", "failed, End_failed"})
    void leavesByWhatTheDialReported(String dialStatus, String end) {
        assertThat(signal(start(forward("caller")), dial(dialStatus)).instance()).isEnded().hasPassed(end);
    }
}
