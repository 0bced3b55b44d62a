package org.ringflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ringflow.applet.Channel;
import org.ringflow.call.CallRecordRepository;
import org.ringflow.directory.Group;
import org.ringflow.directory.User;
import org.ringflow.directory.UserStatus;
import org.ringflow.flow.Diagrams;
import org.ringflow.test.Directory;
import org.ringflow.test.RingflowWebTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Real flows on the real runtime, called by the sandbox over HTTP exactly as Twilio would call them. */
@RingflowWebTest
class SandboxEndToEndTests {

    static final String CALLER = "+15551230000";

    @Autowired
    Sandbox sandbox;

    @Autowired
    Directory directory;

    @Autowired
    CallRecordRepository records;

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    @Test
    void aMenuKeyLeadsToItsBranch() {
        String number = directory.numberWithFlow(Channel.CALL, Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Menu").camundaDelegateExpression("${menu}")
                .camundaInputParameter("prompt", "For sales press 1, for support press 2.")
                .condition("1", "${outcome == '1'}").serviceTask("Task_Sales").camundaDelegateExpression("${greeting}")
                .camundaInputParameter("say", "Connecting you to sales.").endEvent("End_Sales")
                .moveToNode("Task_Menu").condition("2", "${outcome == '2'}").serviceTask("Task_Support")
                .camundaDelegateExpression("${greeting}").camundaInputParameter("say", "Connecting you to support.").endEvent("End_Support")
                .moveToNode("Task_Menu").condition("timeout", "${outcome == 'timeout'}").serviceTask("Task_Timeout")
                .camundaDelegateExpression("${greeting}").camundaInputParameter("say", "We did not hear a choice.").endEvent("End_Timeout")
                .done()));

        CallScript call = sandbox.call(CALLER, number).hears("For sales press 1");
        assertThat(call.activity()).isEqualTo("Task_Menu");
        call.press("2").hears("Connecting you to support.").endsCall();
    }

    @Test
    void anAnsweredCallIsRecordedWithWhoAnsweredAndItsDuration() {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        String number = directory.numberWithFlow(Channel.CALL, Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Ring").camundaDelegateExpression("${ringUser}")
                .camundaInputParameter("userId", alice.getId().toString())
                .condition("answered", "${outcome == 'answered'}").serviceTask("Task_Thanks")
                .camundaDelegateExpression("${greeting}").camundaInputParameter("say", "Thanks for calling.").endEvent("End_Answered")
                .done()));

        CallScript call = sandbox.call(CALLER, number).isRinging(alice.getClientIdentity())
                .answers(alice.getClientIdentity()).talks(30).calleeHangsUp().hears("Thanks for calling.").endsCall();

        var record = records.findById(call.sid()).orElseThrow();
        assertThat(record.getAnsweredByUserId()).isEqualTo(alice.getId());
        assertThat(record.getStatus()).isEqualTo("completed");
        assertThat(record.getDurationSeconds()).isEqualTo(30);
    }

    @Test
    void nobodyInTheGroupAnswersSoTheCallerLeavesAVoicemail() {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        User bob = directory.user("bob", UserStatus.AVAILABLE);
        Group sales = directory.group("Sales", alice, bob);
        String number = directory.numberWithFlow(Channel.CALL, Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_RingSales").camundaDelegateExpression("${ringGroup}")
                .camundaInputParameter("groupId", sales.getId().toString())
                .camundaInputParameter("strategy", "sequential").camundaInputParameter("timeoutSeconds", "15")
                .condition("answered", "${outcome == 'answered'}").endEvent("End_Answered")
                .moveToNode("Task_RingSales").condition("no-answer", "${outcome == 'no-answer'}")
                .serviceTask("Task_Voicemail").camundaDelegateExpression("${voicemail}")
                .camundaInputParameter("groupId", sales.getId().toString()).endEvent("End_Voicemail")
                .done()));

        CallScript call = sandbox.call(CALLER, number).isRinging(alice.getClientIdentity()).noAnswer()
                .isRinging(bob.getClientIdentity()).declines(bob.getClientIdentity())
                .hears("leave a message").records(12).hangsUp();

        assertThat(call.activity()).isEqualTo("Task_Voicemail");
        assertThat(records.findById(call.sid()).orElseThrow().getStatus()).isEqualTo("completed");
    }

    @Test
    void aTextGetsTheFlowsReply() {
        String number = directory.numberWithFlow(Channel.SMS, Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Reply").camundaDelegateExpression("${smsReply}")
                .camundaInputParameter("message", "Hi {{from}}, thanks for writing.").endEvent("End")
                .done()));

        sandbox.text(CALLER, number, "Hello").repliesWith("Hi " + CALLER + ", thanks for writing.");
    }
}
