package org.ringflow.applet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.junit.jupiter.api.Test;

class GreetingAppletTests extends AppletTestSupport {

    @Test
    void saysTheTextInTheChosenVoiceAndLanguageThenMovesOn() {
        Step step = start(process().startEvent().serviceTask("Task_Hello").camundaDelegateExpression("${greeting}")
                .camundaInputParameter("say", "Hello there").camundaInputParameter("voice", "Polly.Joanna")
                .camundaInputParameter("language", "en-US").endEvent("End").done());

        assertThat(step.instance()).isEnded().hasPassed("Task_Hello", "End");
        assertThat(step.text("/Response/Say")).isEqualTo("Hello there");
        assertThat(step.text("/Response/Say/@voice")).isEqualTo("Polly.Joanna");
        assertThat(step.text("/Response/Say/@language")).isEqualTo("en-US");
        assertThat(step.texts("/Response/Hangup")).hasSize(1);
    }

    @Test
    void playsARecording() {
        Step step = start(process().startEvent().serviceTask("Task_Hello").camundaDelegateExpression("${greeting}")
                .camundaInputParameter("play", "https://example.com/hello.mp3").endEvent().done());

        assertThat(step.text("/Response/Play")).isEqualTo("https://example.com/hello.mp3");
    }

    @Test
    void anOutcomeWithNoBranchAndNoDefaultEndsThatPathOfTheFlow() {
        Step step = start(process().startEvent().serviceTask("Task_Hours").camundaDelegateExpression("${businessHours}")
                .camundaInputParameter("timezone", "UTC").camundaInputParameter("schedule", "mon-sun 00:00-24:00")
                .condition("closed", "${outcome == 'closed'}").endEvent("End_Closed").done());

        assertThat(step.instance()).isEnded().hasNotPassed("End_Closed");
        assertThat(step.texts("/Response/Hangup")).hasSize(1);
    }
}
