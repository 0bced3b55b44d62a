package org.ringflow.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ringflow.applet.Channel;
import org.ringflow.test.MutableClock;
import org.ringflow.test.RingflowTest;
import org.ringflow.test.TwilioDriver;
import org.ringflow.test.TwilioDriver.Call;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The flows shipped in bpmn/, installed as the demo installs them, driven through every branch. */
@RingflowTest
@TestPropertySource(properties = "ringflow.demo-data.enabled=true")
class DefaultFlowsTests {

    static final String CALLER = "+15551110000";
    static final Instant OPEN = Instant.parse("2026-11-24T15:00:00Z"); // Tuesday 10:00 in New York
    static final Instant CLOSED = Instant.parse("2026-11-25T03:00:00Z"); // Tuesday 22:00 in New York

    @Autowired MockMvc mvc;
    @Autowired DefaultFlows defaults;
    @Autowired FlowService flows;
    @Autowired MutableClock clock;
    TwilioDriver twilio;
    String mainLine;

    @BeforeEach
    void demo() {
        twilio = new TwilioDriver(mvc, "test-auth-token", "http://ringflow.test");
        mainLine = "+15550100";
        clock.set(OPEN);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shippedFlowsAreValidAndUseReadableIds() {
        String xml = defaults.resolved(DefaultFlows.MAIN_CALL_FLOW);
        assertThat(xml).doesNotContain("{{").contains("Task_Menu").contains("Task_RingSales");
        assertThat(flows.check(Channel.CALL, xml).errors()).isEmpty();
        assertThat(flows.check(Channel.CALL, xml).warnings()).isEmpty();
        assertThat(flows.check(Channel.SMS, defaults.resolved(DefaultFlows.SMS_FLOW)).errors()).isEmpty();
    }

    @Test
    void openPressOneAliceAnswers() {
        twilio.call(CALLER, mainLine).hears("Thank you for calling Ringflow.").hears("For Alice, press 1")
                .press("1").isRinging("alice").dialEnds("completed").isHungUp();
    }

    @Test
    void openPressOneAliceMissesThenSalesRingsInTurn() {
        Call call = twilio.call(CALLER, mainLine).press("1").isRinging("alice").dialEnds("no-answer");
        assertThat(call.activity()).isEqualTo("Task_RingSales");
        call.isRinging("alice").dialEnds("no-answer").isRinging("bob").dialEnds("completed").isHungUp();
    }

    @Test
    void openPressTwoNobodyAnswersVoicemailToSales() {
        twilio.call(CALLER, mainLine).press("2").isRinging("alice").dialEnds("no-answer")
                .isRinging("bob").dialEnds("no-answer").hears("Please leave a message").records(8).isHungUp();
    }

    @Test
    void openNoChoiceGoesToSales() {
        Call call = twilio.call(CALLER, mainLine).pressNothing().pressNothing().pressNothing();
        assertThat(call.activity()).isEqualTo("Task_RingSales");
        call.isRinging("alice");
    }

    @Test
    void closedGoesStraightToVoicemailAndAnEmptyMessageEndsTheCall() {
        clock.set(CLOSED);
        Call call = twilio.call(CALLER, mainLine).hears("Please leave a message");
        assertThat(call.twiml().has("//Gather")).isFalse();
        call.recordsNothing().isHungUp();
    }

    @Test
    void smsFlowRepliesAndFilesTheTextForSales() throws Exception {
        TwilioDriver.Reply reply = twilio.text(CALLER, "+15550111", "Hi there");

        assertThat(reply.text("/Response/Message")).contains("Thanks for your message");
        mvc.perform(get("/api/messages").with(httpBasic("alice", "ringflow-demo")))
                .andExpect(jsonPath("$.content[?(@.body == 'Hi there')].ownerGroupId").isNotEmpty());
    }
}
