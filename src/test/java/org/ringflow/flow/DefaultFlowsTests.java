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
import org.ringflow.sandbox.CallScript;
import org.ringflow.sandbox.Sandbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The flows shipped in bpmn/, installed on the demo numbers as a new installation has them, called through the sandbox, every branch. */
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
    @Autowired Sandbox sandbox;
    String mainLine;

    @BeforeEach
    void demo() {
        sandbox.reset();
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
        sandbox.call(CALLER, mainLine).hears("Thank you for calling Ringflow.").hears("For Alice, press 1")
                .press("1").isRinging("alice").answers("alice").talks(60).calleeHangsUp().endsCall();
    }

    @Test
    void openPressOneAliceMissesThenSalesRingsInTurn() {
        CallScript call = sandbox.call(CALLER, mainLine).press("1").isRinging("alice");
        assertThat(call.twiml("/Response/Dial/Client")).isEqualTo("alice");
        call.noAnswer();
        assertThat(call.activity()).isEqualTo("Task_RingSales");
        call.isRinging("alice").noAnswer().isRinging("bob").answers("bob").talks(20).hangsUp();
    }

    @Test
    void openPressTwoNobodyAnswersVoicemailToSales() {
        sandbox.call(CALLER, mainLine).press("2").isRinging("alice").noAnswer()
                .isRinging("bob").declines("bob").hears("Please leave a message").records(8).hangsUp();
    }

    @Test
    void openNoChoiceGoesToSales() {
        CallScript call = sandbox.call(CALLER, mainLine).pressNothing().pressNothing().pressNothing();
        assertThat(call.activity()).isEqualTo("Task_RingSales");
        call.isRinging("alice").hangsUp();
    }

    @Test
    void closedGoesStraightToVoicemailAndAnEmptyMessageEndsTheCall() {
        clock.set(CLOSED);
        CallScript call = sandbox.call(CALLER, mainLine).hears("Please leave a message");
        assertThat(call.transcript().entries()).noneMatch(e -> e.kind().equals("gather"));
        call.recordsNothing().endsCall();
    }

    @Test
    void smsFlowRepliesAndFilesTheTextForSales() throws Exception {
        sandbox.text(CALLER, "+15550111", "Hi there").repliesWith("Thanks for your message");
        mvc.perform(get("/api/messages").with(httpBasic("alice", "ringflow-demo")))
                .andExpect(jsonPath("$.content[?(@.body == 'Hi there')].ownerGroupId").isNotEmpty());
    }
}
