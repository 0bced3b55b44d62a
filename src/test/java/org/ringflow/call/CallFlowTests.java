package org.ringflow.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ringflow.applet.Channel;
import org.ringflow.directory.BlockedNumber;
import org.ringflow.directory.BlockedNumberRepository;
import org.ringflow.directory.Group;
import org.ringflow.directory.Role;
import org.ringflow.directory.User;
import org.ringflow.directory.UserRepository;
import org.ringflow.directory.UserStatus;
import org.ringflow.flow.Diagrams;
import org.ringflow.flow.FlowService;
import org.ringflow.test.Accounts;
import org.ringflow.test.Directory;
import org.ringflow.test.MutableClock;
import org.ringflow.test.RingflowTest;
import org.ringflow.test.TwilioDriver;
import org.ringflow.test.TwilioDriver.Call;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Calls end to end over HTTP: signed Twilio webhooks in, TwiML out, action URLs followed as Twilio follows them.
 */
@RingflowTest
abstract class CallFlowTests {

    static final String CALLER = "+15551230000";

    @Autowired MockMvc mvc;
    @Autowired Directory directory;
    @Autowired FlowService flows;
    @Autowired CallRecordRepository records;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired BlockedNumberRepository blocked;
    @Autowired MutableClock clock;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder encoder;
    TwilioDriver twilio;

    @BeforeEach
    void twilio() {
        twilio = new TwilioDriver(mvc, "test-auth-token", "http://ringflow.test");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String menuFlow() {
        return Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Menu").camundaDelegateExpression("${menu}")
                .camundaInputParameter("prompt", "For sales press 1, for support press 2.")
                .camundaInputParameter("invalidMessage", "That key does nothing.")
                .condition("1", "${outcome == '1'}").serviceTask("Task_Sales").camundaDelegateExpression("${greeting}")
                .camundaInputParameter("say", "Connecting you to sales.").endEvent("End_Sales")
                .moveToNode("Task_Menu").condition("2", "${outcome == '2'}").serviceTask("Task_Support")
                .camundaDelegateExpression("${greeting}").camundaInputParameter("say", "Connecting you to support.").endEvent("End_Support")
                .moveToNode("Task_Menu").condition("timeout", "${outcome == 'timeout'}").serviceTask("Task_Timeout")
                .camundaDelegateExpression("${greeting}").camundaInputParameter("say", "We did not hear a choice.").endEvent("End_Timeout")
                .moveToNode("Task_Menu").condition("invalid", "${outcome == 'invalid'}").serviceTask("Task_Invalid")
                .camundaDelegateExpression("${greeting}").camundaInputParameter("say", "Too many wrong keys.").endEvent("End_Invalid")
                .done());
    }

    @Test
    void eachMenuKeyLeadsToItsBranch() {
        String number = directory.numberWithFlow(Channel.CALL, menuFlow());

        twilio.call(CALLER, number).hears("For sales press 1").press("1").hears("Connecting you to sales.").isHungUp();
        twilio.call(CALLER, number).hears("For sales press 1").press("2").hears("Connecting you to support.").isHungUp();
    }

    @Test
    void wrongKeysAreRetriedThenLeaveByInvalid() {
        String number = directory.numberWithFlow(Channel.CALL, menuFlow());

        Call call = twilio.call(CALLER, number).press("7").hears("That key does nothing.").hears("For sales press 1");
        assertThat(call.activity()).isEqualTo("Task_Menu");
        call.pressNothing().press("9").hears("Too many wrong keys.").isHungUp();
    }

    @Test
    void silenceIsRetriedThenLeavesByTimeout() {
        String number = directory.numberWithFlow(Channel.CALL, menuFlow());

        Call call = twilio.call(CALLER, number).pressNothing().hears("For sales press 1");
        assertThat(call.twiml().xml()).doesNotContain("That key does nothing.");
        call.pressNothing().pressNothing().hears("We did not hear a choice.").isHungUp();
    }

    @Test
    void sequentialGroupWhereNobodyAnswersEndsInTheGroupsVoicemail() throws Exception {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        User bob = directory.user("bob", UserStatus.AVAILABLE, "+15559990001");
        User carol = directory.user("carol", UserStatus.OFFLINE);
        Group sales = directory.group("Sales", alice, carol, bob);
        String number = directory.numberWithFlow(Channel.CALL, Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_RingSales").camundaDelegateExpression("${ringGroup}")
                .camundaInputParameter("groupId", sales.getId().toString())
                .camundaInputParameter("strategy", "sequential").camundaInputParameter("timeoutSeconds", "15")
                .condition("answered", "${outcome == 'answered'}").endEvent("End_Answered")
                .moveToNode("Task_RingSales").condition("no-answer", "${outcome == 'no-answer'}")
                .serviceTask("Task_Voicemail").camundaDelegateExpression("${voicemail}")
                .camundaInputParameter("groupId", sales.getId().toString()).endEvent("End_Voicemail")
                .done()));

        Call call = twilio.call(CALLER, number).isRinging(alice.getClientIdentity());
        assertThat(call.twiml().text("/Response/Dial/@timeout")).isEqualTo("15");
        call.dialEnds("no-answer").isRinging(bob.getClientIdentity()).isDialling("+15559990001")
                .dialEnds("busy").hears("Please leave a message after the beep.");
        assertThat(call.activity()).isEqualTo("Task_Voicemail");
        call.records(12).isHungUp();

        mvc.perform(get("/api/voicemails").param("groupId", sales.getId().toString())
                        .with(httpBasic("admin", "admin-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].callSid").value(call.callSid()))
                .andExpect(jsonPath("$.content[0].from").value(CALLER))
                .andExpect(jsonPath("$.content[0].durationSeconds").value(12))
                .andExpect(jsonPath("$.content[0].ownerGroupId").value(sales.getId()));
    }

    @Test
    void callerWhoRecordsNothingLeavesByEmpty() {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        String number = directory.numberWithFlow(Channel.CALL, Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Voicemail").camundaDelegateExpression("${voicemail}")
                .camundaInputParameter("userId", alice.getId().toString())
                .camundaInputParameter("greeting", "Speak now.")
                .condition("empty", "${outcome == 'empty'}").serviceTask("Task_Bye").camundaDelegateExpression("${greeting}")
                .camundaInputParameter("say", "No message was recorded.").endEvent("End_Empty")
                .moveToNode("Task_Voicemail").condition("recorded", "${outcome == 'recorded'}").endEvent("End_Recorded")
                .done()));

        twilio.call(CALLER, number).hears("Speak now.").recordsNothing().hears("No message was recorded.").isHungUp();
    }

    @Test
    void userWhoIsNotAvailableIsNotRungAndTheFlowLeavesByUnavailable() {
        User away = directory.user("away", UserStatus.BUSY);
        String number = directory.numberWithFlow(Channel.CALL, ringUserFlow(away));

        Call call = twilio.call(CALLER, number).hears("is not available");
        assertThat(call.twiml().has("//Dial")).isFalse();
    }

    @Test
    void answeredCallRecordsWhoAnsweredAndItsFinalStatus() {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        String number = directory.numberWithFlow(Channel.CALL, ringUserFlow(alice));

        Call call = twilio.call(CALLER, number).isRinging(alice.getClientIdentity()).dialEnds("completed")
                .hears("Thanks for calling").isHungUp();
        call.hangsUp();

        CallRecord record = records.findById(call.callSid()).orElseThrow();
        assertThat(record.getAnsweredByUserId()).isEqualTo(alice.getId());
        assertThat(record.getAnsweredAt()).isNotNull();
        assertThat(record.getStatus()).isEqualTo("completed");
        assertThat(record.getDurationSeconds()).isEqualTo(30);
        assertThat(record.getEndedAt()).isNotNull();
    }

    static String ringUserFlow(User user) {
        return Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Ring").camundaDelegateExpression("${ringUser}")
                .camundaInputParameter("userId", user.getId().toString())
                .condition("answered", "${outcome == 'answered'}").serviceTask("Task_Thanks")
                .camundaDelegateExpression("${greeting}").camundaInputParameter("say", "Thanks for calling.").endEvent("End_Answered")
                .moveToNode("Task_Ring").condition("unavailable", "${outcome == 'unavailable'}").serviceTask("Task_Away")
                .camundaDelegateExpression("${greeting}").camundaInputParameter("say", "Your party is not available.").endEvent("End_Away")
                .done());
    }

    @Test
    void businessHoursFollowTheFlowsTimezoneAndHolidays() {
        String number = directory.numberWithFlow(Channel.CALL, Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Hours").camundaDelegateExpression("${businessHours}")
                .camundaInputParameter("timezone", "America/New_York")
                .camundaInputParameter("schedule", "mon-fri 09:00-17:00")
                .camundaInputParameter("holidays", "2026-12-25")
                .condition("open", "${outcome == 'open'}").serviceTask("Task_Open").camundaDelegateExpression("${greeting}")
                .camundaInputParameter("say", "We are open.").endEvent("End_Open")
                .moveToNode("Task_Hours").condition("closed", "${outcome == 'closed'}").serviceTask("Task_Closed")
                .camundaDelegateExpression("${greeting}").camundaInputParameter("say", "We are closed.").endEvent("End_Closed")
                .done()));

        clock.set(Instant.parse("2026-11-24T21:30:00Z")); // Tuesday 16:30 in New York, 21:30 in UTC
        twilio.call(CALLER, number).hears("We are open.");
        clock.set(Instant.parse("2026-11-24T13:30:00Z")); // Tuesday 08:30 in New York
        twilio.call(CALLER, number).hears("We are closed.");
        clock.set(Instant.parse("2026-12-25T15:00:00Z")); // a Friday, 10:00 in New York, but a holiday
        twilio.call(CALLER, number).hears("We are closed.");
        clock.set(Instant.parse("2026-11-28T15:00:00Z")); // Saturday
        twilio.call(CALLER, number).hears("We are closed.");
    }

    @Test
    void blockedCallerIsRejectedWithoutAFlow() {
        String number = directory.numberWithFlow(Channel.CALL, menuFlow());
        String spammer = String.format("+1555%07d", Directory.unique());
        blocked.save(new BlockedNumber(spammer, "spam", "test"));

        Call call = twilio.call(spammer, number).isRejected();

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(call.callSid()).count()).isZero();
        assertThat(records.findById(call.callSid()).orElseThrow().getStatus()).isEqualTo("blocked");
    }

    @Test
    void numberWithoutFlowOrUnknownNumberGetsANoticeAndAHangup() {
        twilio.call(CALLER, directory.numberWithoutFlow()).hears("not taking calls").isHungUp();
        Call unknown = twilio.call(CALLER, "+15550000999").hears("not taking calls").isHungUp();
        assertThat(records.findById(unknown.callSid()).orElseThrow().getStatus()).isEqualTo("no-flow");
    }

    @Test
    void callerWhoHangsUpInTheMenuEndsTheFlowAndCompletesTheRecord() {
        String number = directory.numberWithFlow(Channel.CALL, menuFlow());

        Call call = twilio.call(CALLER, number);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(call.callSid()).count()).isOne();
        call.hangsUp();

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(call.callSid()).count()).isZero();
        CallRecord record = records.findById(call.callSid()).orElseThrow();
        assertThat(record.getStatus()).isEqualTo("completed");
        assertThat(record.getEndedAt()).isNotNull();
        assertThat(record.getWaitingStep()).isNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(record.getProcessInstanceId())
                .activityId("Task_Menu").singleResult().getEndTime()).isNotNull();
    }

    @Test
    void callsInProgressFinishOnTheirVersionWhileNewCallsTakeTheNewOne() {
        long flowId = flows.create("Versions", Channel.CALL, menuFlow()).flow().getId();
        String number = directory.numberWithFlowId(Channel.CALL, flowId);
        Call before = twilio.call(CALLER, number);

        flows.update(flowId, null, menuFlow().replace("Connecting you to sales.", "Sales, version two."));
        Call after = twilio.call(CALLER, number);

        before.press("1").hears("Connecting you to sales.");
        after.press("1").hears("Sales, version two.");
        assertThat(records.findById(before.callSid()).orElseThrow().getFlowVersion()).isEqualTo(1);
        assertThat(records.findById(after.callSid()).orElseThrow().getFlowVersion()).isEqualTo(2);
    }

    @Test
    void repeatedWebhooksGetTheSameAnswerAndMoveTheFlowOnce() {
        String number = directory.numberWithFlow(Channel.CALL, menuFlow());
        String callSid = TwilioDriver.sid("CA");

        Call first = twilio.call(callSid, CALLER, number);
        Call again = twilio.call(callSid, CALLER, number);
        assertThat(again.twiml().xml()).isEqualTo(first.twiml().xml());
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(callSid).count()).isOne();

        String action = first.actionUrl("Gather");
        MockHttpServletResponse pressed = first.postTo(action, Map.of("Digits", "9"));
        MockHttpServletResponse repeated = first.postTo(action, Map.of("Digits", "9"));
        assertThat(repeated.getStatus()).isEqualTo(200);
        assertThat(body(repeated)).isEqualTo(body(pressed)).contains("That key does nothing.");
        String instance = records.findById(callSid).orElseThrow().getProcessInstanceId();
        assertThat(runtime.getVariable(records.findById(callSid).orElseThrow().getWaitingExecutionId(), "menuAttempt"))
                .as("one retry counted, not two").isEqualTo(1);
        assertThat(instance).isNotNull();
    }

    @Test
    void dialActionAndStatusCallbackRacingNeverFail() throws Exception {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        String number = directory.numberWithFlow(Channel.CALL, ringUserFlow(alice));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 8; i++) {
                Call call = twilio.call(CALLER, number).isRinging(alice.getClientIdentity());
                String action = call.actionUrl("Dial");
                CountDownLatch go = new CountDownLatch(1);
                List<Future<MockHttpServletResponse>> both = new ArrayList<>();
                both.add(pool.submit(() -> {
                    go.await();
                    return call.postTo(action, Map.of("DialCallStatus", "completed", "DialCallDuration", "5"));
                }));
                both.add(pool.submit(() -> {
                    go.await();
                    return call.postTo("http://ringflow.test/twilio/voice/status",
                            Map.of("CallStatus", "completed", "CallDuration", "9"));
                }));
                go.countDown();
                for (Future<MockHttpServletResponse> response : both) {
                    assertThat(response.get().getStatus()).isIn(200, 204);
                }
                CallRecord record = records.findById(call.callSid()).orElseThrow();
                assertThat(record.getStatus()).isEqualTo("completed");
                assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(call.callSid()).count()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failingAppletApologisesHangsUpAndRecordsTheError() {
        String number = directory.numberWithFlow(Channel.CALL, Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Boom").camundaDelegateExpression("${explode}").endEvent().done()));

        Call call = twilio.call(CALLER, number).hears("something went wrong").isHungUp();

        CallRecord record = records.findById(call.callSid()).orElseThrow();
        assertThat(record.getError()).contains("boom");
    }

    @Test
    void unsignedOrWronglySignedWebhooksAreRefusedAndStartNothing() throws Exception {
        String number = directory.numberWithFlow(Channel.CALL, menuFlow());
        String callSid = TwilioDriver.sid("CA");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/twilio/voice")
                        .contentType("application/x-www-form-urlencoded")
                        .content("CallSid=" + callSid + "&From=%2B15551230000&To=" + number.replace("+", "%2B"))
                        .header("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl"))
                .andExpect(status().isForbidden());
        assertThat(records.findById(callSid)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(callSid).count()).isZero();
    }

    @Test
    void transcriptionOfAVoicemailReachesTheInbox() throws Exception {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        String number = directory.numberWithFlow(Channel.CALL, Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Voicemail").camundaDelegateExpression("${voicemail}")
                .camundaInputParameter("userId", alice.getId().toString())
                .camundaInputParameter("transcribe", "true").endEvent().done()));
        Call call = twilio.call(CALLER, number);
        String transcribeCallback = call.twiml().text("/Response/Record/@transcribeCallback");
        call.records(5);

        String listed = mvc.perform(get("/api/voicemails").param("userId", alice.getId().toString())
                        .with(httpBasic("admin", "admin-password")))
                .andReturn().getResponse().getContentAsString();
        String sid = new com.fasterxml.jackson.databind.ObjectMapper().readTree(listed)
                .path("content").path(0).path("recordingSid").asText();
        assertThat(sid).startsWith("RE");
        call.postTo(transcribeCallback, Map.of("RecordingSid", sid, "TranscriptionStatus", "completed",
                "TranscriptionText", "Please call me back"));

        mvc.perform(get("/api/voicemails").param("userId", alice.getId().toString())
                        .with(httpBasic(alice.getUsername(), alice.getUsername() + "-password")))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].transcription").value("Please call me back"));
    }

    @Test
    void callRecordsAreVisibleToAdminsAndToTheAgentWhoAnswered() throws Exception {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        User other = directory.user("other", UserStatus.AVAILABLE);
        String number = directory.numberWithFlow(Channel.CALL, ringUserFlow(alice));
        Call call = twilio.call(CALLER, number).dialEnds("completed");

        mvc.perform(get("/api/calls/" + call.callSid()).with(httpBasic("admin", "admin-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(CALLER))
                .andExpect(jsonPath("$.to").value(number))
                .andExpect(jsonPath("$.flowVersion").value(1))
                .andExpect(jsonPath("$.answeredByUserId").value(alice.getId()));
        mvc.perform(get("/api/calls/" + call.callSid()).with(httpBasic(alice.getUsername(), alice.getUsername() + "-password")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/calls/" + call.callSid()).with(httpBasic(other.getUsername(), other.getUsername() + "-password")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/calls").with(httpBasic(alice.getUsername(), alice.getUsername() + "-password")))
                .andExpect(jsonPath("$.content[*].callSid").value(org.hamcrest.Matchers.hasItem(call.callSid())));
        mvc.perform(get("/api/calls").with(httpBasic(other.getUsername(), other.getUsername() + "-password")))
                .andExpect(jsonPath("$.content[*].callSid").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(call.callSid()))));
        mvc.perform(get("/api/calls/CAnope").with(httpBasic("admin", "admin-password")))
                .andExpect(status().isNotFound());
    }

    private static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
