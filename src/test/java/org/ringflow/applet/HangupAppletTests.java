package org.ringflow.applet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.junit.jupiter.api.Test;

class HangupAppletTests extends AppletTestSupport {

    @Test
    void endsTheCallOnce() {
        Step step = start(process().startEvent().serviceTask("Task_Bye").camundaDelegateExpression("${greeting}")
                .camundaInputParameter("say", "Bye").serviceTask("Task_Hangup").camundaDelegateExpression("${hangup}")
                .endEvent().done());

        assertThat(step.instance()).isEnded().hasPassed("Task_Hangup");
        assertThat(step.texts("/Response/Hangup")).hasSize(1);
        assertThat(step.twiml()).matches("(?s).*<Say>Bye</Say><Hangup/>.*");
    }
}
