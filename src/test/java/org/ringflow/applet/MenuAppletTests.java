package org.ringflow.applet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

class MenuAppletTests extends AppletTestSupport {

    static BpmnModelInstance menu(String retries) {
        return process().startEvent()
                .serviceTask("Task_Menu").camundaDelegateExpression("${menu}")
                .camundaInputParameter("prompt", "Press 1 or star.").camundaInputParameter("maxRetries", retries)
                .camundaInputParameter("timeoutSeconds", "7")
                .condition("1", "${outcome == '1'}").endEvent("End_One")
                .moveToNode("Task_Menu").condition("star", "${outcome == '*'}").endEvent("End_Star")
                .moveToNode("Task_Menu").condition("timeout", "${outcome == 'timeout'}").endEvent("End_Timeout")
                .moveToNode("Task_Menu").condition("invalid", "${outcome == 'invalid'}").endEvent("End_Invalid")
                .done();
    }

    @Test
    void waitsInTheTaskWithAGatherThatCallsBackEvenOnSilence() {
        Step step = start(menu("2"));

        assertThat(step.instance()).isWaitingAt("Task_Menu");
        assertThat(step.text("/Response/Gather/@action")).startsWith("http://ringflow.test/step/");
        assertThat(step.text("/Response/Gather/@actionOnEmptyResult")).isEqualTo("true");
        assertThat(step.text("/Response/Gather/@numDigits")).isEqualTo("1");
        assertThat(step.text("/Response/Gather/@timeout")).isEqualTo("7");
        assertThat(step.text("/Response/Gather/Say")).isEqualTo("Press 1 or star.");
    }

    @Test
    void leavesByTheKeyPressed() {
        Step star = signal(start(menu("2")), digits("*"));

        assertThat(star.instance()).isEnded().hasPassed("End_Star");
        assertThat(star.waiting()).isNull();
    }

    @Test
    void untestedKeyRepeatsThePromptAfterTheInvalidMessage() {
        Step retry = signal(start(menu("2")), digits("5"));

        assertThat(retry.instance()).isWaitingAt("Task_Menu");
        assertThat(retry.texts("/Response/Say")).containsExactly("Sorry, that is not a valid choice.");
        assertThat(retry.text("/Response/Gather/Say")).isEqualTo("Press 1 or star.");
    }

    @Test
    void afterTheRetriesAnyWrongKeyMeansInvalid() {
        Step step = signal(signal(start(menu("1")), digits("")), digits("5"));

        assertThat(step.instance()).isEnded().hasPassed("End_Invalid");
    }

    @Test
    void afterTheRetriesSilenceMeansTimeout() {
        Step step = signal(signal(start(menu("1")), digits("")), digits(""));

        assertThat(step.instance()).isEnded().hasPassed("End_Timeout");
        assertThat(step.instance()).variables().containsEntry("outcome", "timeout");
    }

    @Test
    void noRetriesMeansTheFirstSilenceDecides() {
        Step step = signal(start(menu("0")), digits(""));

        assertThat(step.instance()).isEnded().hasPassed("End_Timeout");
    }
}
