package org.ringflow.applet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.ringflow.directory.Group;
import org.ringflow.directory.User;
import org.ringflow.directory.UserStatus;

class RingGroupAppletTests extends AppletTestSupport {

    static BpmnModelInstance ring(Group group, String strategy) {
        var task = process().startEvent().serviceTask("Task_Ring").camundaDelegateExpression("${ringGroup}")
                .camundaInputParameter("groupId", group.getId().toString())
                .camundaInputParameter("strategy", strategy);
        for (String outcome : new String[] {"answered", "no-answer", "unavailable"}) {
            task.condition(outcome, "${outcome == '" + outcome + "'}").endEvent("End_" + outcome.replace("-", "_"))
                    .moveToNode("Task_Ring");
        }
        return task.done();
    }

    @Test
    void simultaneousRingsEveryAvailableMemberInOneDial() {
        User a = directory.user("a", UserStatus.AVAILABLE);
        User b = directory.user("b", UserStatus.BUSY);
        User c = directory.user("c", UserStatus.AVAILABLE);

        Step step = start(ring(directory.group("All", a, b, c), "simultaneous"));

        assertThat(step.texts("/Response/Dial/Client")).containsExactly(a.getClientIdentity(), c.getClientIdentity());
        assertThat(signal(step, dial("no-answer")).instance()).isEnded().hasPassed("End_no_answer");
    }

    @Test
    void sequentialRingsMembersOneAfterAnotherUntilOneAnswers() {
        User a = directory.user("a", UserStatus.AVAILABLE);
        User b = directory.user("b", UserStatus.AVAILABLE);
        Step first = start(ring(directory.group("Seq", a, b), "sequential"));
        assertThat(first.texts("/Response/Dial/Client")).containsExactly(a.getClientIdentity());

        Step second = signal(first, dial("busy"));
        assertThat(second.instance()).isWaitingAt("Task_Ring");
        assertThat(second.texts("/Response/Dial/Client")).containsExactly(b.getClientIdentity());

        Step answered = signal(second, dial("completed"));
        assertThat(answered.instance()).isEnded().hasPassed("End_answered");
    }

    @Test
    void sequentialWhereNobodyAnswersLeavesByNoAnswer() {
        Step step = start(ring(directory.group("Seq", directory.user("a", UserStatus.AVAILABLE)), "sequential"));

        assertThat(signal(step, dial("no-answer")).instance()).isEnded().hasPassed("End_no_answer");
    }

    @Test
    void roundRobinStartsAfterWhoeverWasRungFirstLastTime() {
        User a = directory.user("a", UserStatus.AVAILABLE);
        User b = directory.user("b", UserStatus.AVAILABLE);
        User c = directory.user("c", UserStatus.AVAILABLE);
        Group group = directory.group("Robin", a, b, c);

        assertThat(start(ring(group, "round-robin")).texts("/Response/Dial/Client")).containsExactly(a.getClientIdentity());
        assertThat(start(ring(group, "round-robin")).texts("/Response/Dial/Client")).containsExactly(b.getClientIdentity());
        assertThat(start(ring(group, "round-robin")).texts("/Response/Dial/Client")).containsExactly(c.getClientIdentity());
        Step fourth = start(ring(group, "round-robin"));
        assertThat(fourth.texts("/Response/Dial/Client")).containsExactly(a.getClientIdentity());
        assertThat(signal(fourth, dial("no-answer")).texts("/Response/Dial/Client")).containsExactly(b.getClientIdentity());
    }

    @Test
    void groupWithNobodyAvailableLeavesByUnavailable() {
        Step step = start(ring(directory.group("Away", directory.user("a", UserStatus.OFFLINE)), "simultaneous"));

        assertThat(step.instance()).isEnded().hasPassed("End_unavailable");
    }
}
