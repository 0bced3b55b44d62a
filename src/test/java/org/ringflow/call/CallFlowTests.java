package org.ringflow.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ringflow.applet.Channel;
import org.ringflow.directory.BlockedNumber;
import org.ringflow.directory.BlockedNumberRepository;
import org.ringflow.directory.Group;
import org.ringflow.directory.User;
import org.ringflow.directory.UserStatus;
import org.ringflow.flow.FlowService;
import org.ringflow.sandbox.CallScript;
import org.ringflow.sandbox.Recordings;
import org.ringflow.sandbox.Sandbox;
import org.ringflow.test.Directory;
import org.ringflow.test.MutableClock;
import org.ringflow.test.RingflowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Calls end to end: the sandbox plays Twilio and the caller over real HTTP, following Ringflow's TwiML as Twilio does. */
@RingflowTest
abstract class CallFlowTests {

    static final String CALLER = "+15551230000";

    @Autowired Sandbox sandbox;
    @Autowired MockMvc mvc;
    @Autowired Directory directory;
    @Autowired FlowService flows;
    @Autowired CallRecordRepository records;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired BlockedNumberRepository blocked;
    @Autowired Recordings recordings;
    @Autowired MutableClock clock;

    @BeforeEach
    void resetSandbox() {
        sandbox.reset();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachMenuKeyLeadsToItsBranch() {
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.menu());

        ringflowHangsUp(sandbox.call(CALLER, number).hears("For sales press 1").press("1").hears("Connecting you to sales."));
        ringflowHangsUp(sandbox.call(CALLER, number).hears("For sales press 1").press("2").hears("Connecting you to support."));
    }

    @Test
    void wrongKeysAreRetriedThenLeaveByInvalid() {
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.menu());

        CallScript call = sandbox.call(CALLER, number).hears("For sales press 1")
                .press("7").hears("That key does nothing.").hears("For sales press 1");
        assertThat(call.activity()).isEqualTo("Task_Menu");
        call.pressNothing().hears("For sales press 1").press("9").hears("Too many wrong keys.");

        ringflowHangsUp(call);
    }

    @Test
    void silenceIsRetriedThenLeavesByTimeout() {
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.menu());

        CallScript call = sandbox.call(CALLER, number).hears("For sales press 1").pressNothing().hears("For sales press 1")
                .pressNothing().pressNothing().hears("We did not hear a choice.");

        ringflowHangsUp(call);
        assertThat(call.transcript().heard()).noneMatch(heard -> heard.contains("That key does nothing."));
    }

    @Test
    void sequentialGroupWhereNobodyAnswersEndsInTheGroupsVoicemail() throws Exception {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        User bob = directory.user("bob", UserStatus.AVAILABLE, "+15559990001");
        User carol = directory.user("carol", UserStatus.OFFLINE);
        Group sales = directory.group("Sales", alice, carol, bob);
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.ringGroupThenVoicemail(sales));

        CallScript call = sandbox.call(CALLER, number);
        assertThat(call.call().ringing()).containsExactly(alice.getClientIdentity());
        assertThat(call.twiml("/Response/Dial/@timeout")).isEqualTo("15");
        call.noAnswer();
        assertThat(call.call().ringing()).containsExactlyInAnyOrder(bob.getClientIdentity(), "+15559990001");
        call.dialEnds("busy").hears("Please leave a message after the beep.");
        assertThat(call.activity()).isEqualTo("Task_Voicemail");
        ringflowHangsUp(call.records(12));

        mvc.perform(get("/api/voicemails").param("groupId", sales.getId().toString()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].callSid").value(call.sid()))
                .andExpect(jsonPath("$.content[0].from").value(CALLER))
                .andExpect(jsonPath("$.content[0].durationSeconds").value(12))
                .andExpect(jsonPath("$.content[0].ownerGroupId").value(sales.getId()));
    }

    @Test
    void callerWhoRecordsNothingLeavesByEmpty() {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.voicemailOrNotice(alice));

        ringflowHangsUp(sandbox.call(CALLER, number).hears("Speak now.").recordsNothing().hears("No message was recorded."));
    }

    @Test
    void userWhoIsNotAvailableIsNotRungAndTheFlowLeavesByUnavailable() {
        User away = directory.user("away", UserStatus.BUSY);
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.ringUser(away));

        CallScript call = sandbox.call(CALLER, number).hears("is not available");

        assertThat(call.transcript().entries()).noneMatch(entry -> entry.kind().equals("dial"));
    }

    @Test
    void answeredCallRecordsWhoAnsweredAndItsFinalStatus() {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.ringUser(alice));

        CallScript call = sandbox.call(CALLER, number);
        assertThat(call.call().ringing()).containsExactly(alice.getClientIdentity());
        call.answers(alice.getClientIdentity()).talks(30).calleeHangsUp().hears("Thanks for calling");
        ringflowHangsUp(call);

        CallRecord record = records.findById(call.sid()).orElseThrow();
        assertThat(record.getAnsweredByUserId()).isEqualTo(alice.getId());
        assertThat(record.getAnsweredAt()).isNotNull();
        assertThat(record.getStatus()).isEqualTo("completed");
        assertThat(record.getDurationSeconds()).isEqualTo(30);
        assertThat(record.getEndedAt()).isNotNull();
    }

    @Test
    void aGroupCallAnsweredByItsOnlyAvailableMemberRecordsWhoAnswered() {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        User bob = directory.user("bob", UserStatus.OFFLINE);
        String number = directory.numberWithFlow(Channel.CALL, org.camunda.bpm.model.bpmn.Bpmn.convertToString(
                org.ringflow.flow.Diagrams.process().startEvent("Start")
                        .serviceTask("Task_RingAll").camundaDelegateExpression("${ringGroup}")
                        .camundaInputParameter("groupId", directory.group("All", alice, bob).getId().toString())
                        .camundaInputParameter("strategy", "simultaneous").endEvent().done()));

        CallScript call = sandbox.call(CALLER, number);
        assertThat(call.call().ringing()).containsExactly(alice.getClientIdentity());
        call.answers(alice.getClientIdentity()).talks(10).calleeHangsUp();

        assertThat(records.findById(call.sid()).orElseThrow().getAnsweredByUserId()).isEqualTo(alice.getId());
    }

    @Test
    void businessHoursFollowTheFlowsTimezoneAndHolidays() {
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.businessHours());

        clock.set(Instant.parse("2026-11-24T21:30:00Z")); // Tuesday 16:30 in New York, 21:30 in UTC
        sandbox.call(CALLER, number).hears("We are open.");
        clock.set(Instant.parse("2026-11-24T13:30:00Z")); // Tuesday 08:30 in New York
        sandbox.call(CALLER, number).hears("We are closed.");
        clock.set(Instant.parse("2026-12-25T15:00:00Z")); // a Friday, 10:00 in New York, but a holiday
        sandbox.call(CALLER, number).hears("We are closed.");
        clock.set(Instant.parse("2026-11-28T15:00:00Z")); // Saturday
        sandbox.call(CALLER, number).hears("We are closed.");
    }

    @Test
    void blockedCallerIsRejectedWithoutAFlow() {
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.menu());
        String spammer = String.format("+1555%07d", Directory.unique());
        blocked.save(new BlockedNumber(spammer, "spam", "test"));

        CallScript call = sandbox.call(spammer, number).isRejected();

        assertThat(instances(call)).isZero();
        assertThat(records.findById(call.sid()).orElseThrow().getStatus()).isEqualTo("blocked");
    }

    @Test
    void numberWithoutFlowOrUnknownNumberGetsANoticeAndAHangup() {
        CallScript withoutFlow = ringflowHangsUp(sandbox.call(CALLER, directory.numberWithoutFlow()).hears("not taking calls"));
        CallScript unknown = ringflowHangsUp(sandbox.call(CALLER, "+15550000999").hears("not taking calls"));

        assertThat(records.findById(withoutFlow.sid()).orElseThrow().getStatus()).isEqualTo("no-flow");
        assertThat(records.findById(unknown.sid()).orElseThrow().getStatus()).isEqualTo("no-flow");
    }

    @Test
    void callerWhoHangsUpInTheMenuEndsTheFlowAndCompletesTheRecord() {
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.menu());
        CallScript call = sandbox.call(CALLER, number).isWaitingForKeys();
        assertThat(instances(call)).isOne();

        call.hangsUp();

        assertThat(instances(call)).isZero();
        CallRecord record = records.findById(call.sid()).orElseThrow();
        assertThat(record.getStatus()).isEqualTo("completed");
        assertThat(record.getEndedAt()).isNotNull();
        assertThat(record.getWaitingStep()).isNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(record.getProcessInstanceId())
                .activityId("Task_Menu").singleResult().getEndTime()).isNotNull();
    }

    @Test
    void callsInProgressFinishOnTheirVersionWhileNewCallsTakeTheNewOne() {
        long flowId = flows.create("Versions", Channel.CALL, CallFlows.menu()).flow().getId();
        String number = directory.numberWithFlowId(Channel.CALL, flowId);
        CallScript before = sandbox.call(CALLER, number);

        flows.update(flowId, null, CallFlows.menu().replace("Connecting you to sales.", "Sales, version two."));
        CallScript after = sandbox.call(CALLER, number);

        before.press("1").hears("Connecting you to sales.");
        after.press("1").hears("Sales, version two.");
        assertThat(before.transcript().heard()).noneMatch(heard -> heard.contains("version two"));
        assertThat(records.findById(before.sid()).orElseThrow().getFlowVersion()).isEqualTo(1);
        assertThat(records.findById(after.sid()).orElseThrow().getFlowVersion()).isEqualTo(2);
    }

    @Test
    void failingAppletApologisesHangsUpAndRecordsTheError() {
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.exploding());

        CallScript call = ringflowHangsUp(sandbox.call(CALLER, number).hears("something went wrong"));

        assertThat(records.findById(call.sid()).orElseThrow().getError()).contains("boom");
    }

    @Test
    void transcriptionOfAVoicemailReachesTheInbox() throws Exception {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.transcribedVoicemail(alice));

        sandbox.call(CALLER, number).records(5, "Please call me back").hangsUp();

        String listed = mvc.perform(get("/api/voicemails").param("userId", alice.getId().toString()).with(admin()))
                .andReturn().getResponse().getContentAsString();
        String recordingSid = new ObjectMapper().readTree(listed).path("content").path(0).path("recordingSid").asText();
        assertThat(recordingSid).startsWith("RE");
        assertThat(recordings.get(recordingSid)).as("the sandbox's recording").isNotNull();
        mvc.perform(get("/api/voicemails").param("userId", alice.getId().toString()).with(login(alice)))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].transcription").value("Please call me back"));
    }

    @Test
    void callRecordsAreVisibleToAdminsAndToTheAgentWhoAnswered() throws Exception {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        User other = directory.user("other", UserStatus.AVAILABLE);
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.ringUser(alice));

        CallScript call = sandbox.call(CALLER, number).isRinging(alice.getClientIdentity()).dialEnds("completed");

        mvc.perform(get("/api/calls/" + call.sid()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(CALLER))
                .andExpect(jsonPath("$.to").value(number))
                .andExpect(jsonPath("$.flowVersion").value(1))
                .andExpect(jsonPath("$.answeredByUserId").value(alice.getId()));
        mvc.perform(get("/api/calls/" + call.sid()).with(login(alice))).andExpect(status().isOk());
        mvc.perform(get("/api/calls/" + call.sid()).with(login(other))).andExpect(status().isForbidden());
        mvc.perform(get("/api/calls").with(login(alice))).andExpect(jsonPath("$.content[*].callSid").value(hasItem(call.sid())));
        mvc.perform(get("/api/calls").with(login(other))).andExpect(jsonPath("$.content[*].callSid").value(not(hasItem(call.sid()))));
        mvc.perform(get("/api/calls/CAnope").with(admin())).andExpect(status().isNotFound());
    }

    /** Ringflow ended the call with a {@code <Hangup>} (not by running out of TwiML, not the caller hanging up). */
    static CallScript ringflowHangsUp(CallScript call) {
        call.endsCall();
        assertThat(call.twiml("boolean(/Response/Hangup)")).as("a <Hangup> in %s", call.lastTwiml()).isEqualTo("true");
        return call;
    }

    long instances(CallScript call) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(call.sid()).count();
    }

    static RequestPostProcessor admin() {
        return httpBasic("admin", "admin-password");
    }

    static RequestPostProcessor login(User user) {
        return httpBasic(user.getUsername(), user.getUsername() + "-password");
    }
}
