package org.ringflow.applet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ringflow.directory.User;
import org.ringflow.directory.UserStatus;

class RingUserAppletTests extends AppletTestSupport {

    static BpmnModelInstance ring(User user) {
        var task = process().startEvent().serviceTask("Task_Ring").camundaDelegateExpression("${ringUser}")
                .camundaInputParameter("userId", user.getId().toString()).camundaInputParameter("timeoutSeconds", "25");
        for (String outcome : new String[] {"answered", "no-answer", "busy", "failed", "unavailable"}) {
            task.condition(outcome, "${outcome == '" + outcome + "'}").endEvent("End_" + outcome.replace("-", "_"))
                    .moveToNode("Task_Ring");
        }
        return task.done();
    }

    @Test
    void ringsEveryEndpointOfAnAvailableUserAtOnce() {
        User alice = directory.user("alice", UserStatus.AVAILABLE, "+15557770000");

        Step step = start(ring(alice));

        assertThat(step.instance()).isWaitingAt("Task_Ring");
        assertThat(step.texts("/Response/Dial/Client")).containsExactly(alice.getClientIdentity());
        assertThat(step.texts("/Response/Dial/Number")).containsExactly("+15557770000");
        assertThat(step.text("/Response/Dial/@timeout")).isEqualTo("25");
    }

    @ParameterizedTest
    @CsvSource({"completed, End_answered", "no-answer, End_no_answer", "busy, End_busy", "failed, End_failed",
            "canceled, End_no_answer"})
    void leavesByWhatTheDialReported(String dialStatus, String end) {
        Step step = signal(start(ring(directory.user("alice", UserStatus.AVAILABLE))), dial(dialStatus));

        assertThat(step.instance()).isEnded().hasPassed(end);
    }

    @Test
    void userWhoIsNotAvailableIsNotRung() {
        Step step = start(ring(directory.user("offline", UserStatus.OFFLINE)));

        assertThat(step.instance()).isEnded().hasPassed("End_unavailable");
        assertThat(step.twiml()).doesNotContain("Dial");
    }
}
