package org.ringflow.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ringflow.applet.Channel;
import org.ringflow.directory.Group;
import org.ringflow.directory.GroupRepository;
import org.ringflow.directory.Role;
import org.ringflow.directory.User;
import org.ringflow.directory.UserRepository;
import org.ringflow.directory.UserStatus;
import org.ringflow.test.Accounts;
import org.ringflow.test.Directory;
import org.ringflow.test.MutableClock;
import org.ringflow.test.RingflowTest;
import org.ringflow.test.TwilioDriver;
import org.ringflow.test.TwilioDriver.Call;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The flows shipped in bpmn/, installed as the demo installs them, driven through every branch. */
@RingflowTest
class DefaultFlowsTests {

    static final String CALLER = "+15551110000";
    static final Instant OPEN = Instant.parse("2026-11-24T15:00:00Z"); // Tuesday 10:00 in New York
    static final Instant CLOSED = Instant.parse("2026-11-25T03:00:00Z"); // Tuesday 22:00 in New York

    @Autowired MockMvc mvc;
    @Autowired DefaultFlows defaults;
    @Autowired FlowService flows;
    @Autowired Directory directory;
    @Autowired UserRepository users;
    @Autowired GroupRepository groups;
    @Autowired PasswordEncoder encoder;
    @Autowired MutableClock clock;
    TwilioDriver twilio;
    User alice;
    User bob;
    String mainLine;

    @BeforeEach
    void install() {
        twilio = new TwilioDriver(mvc, "test-auth-token", "http://ringflow.test");
        alice = Accounts.ensure(users, encoder, "alice", Role.AGENT);
        bob = Accounts.ensure(users, encoder, "bob", Role.AGENT);
        alice.setStatus(UserStatus.AVAILABLE);
        bob.setStatus(UserStatus.AVAILABLE);
        users.saveAll(List.of(alice, bob));
        if (!groups.existsByName("Sales")) {
            groups.save(new Group("Sales", List.of(alice.getId(), bob.getId())));
        }
        long flowId = flows.create("Main line", Channel.CALL, defaults.resolved(DefaultFlows.MAIN_CALL_FLOW)).flow().getId();
        mainLine = directory.numberWithFlowId(Channel.CALL, flowId);
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
    void smsFlowRepliesAndFilesTheTextForSales() {
        long flowId = flows.create("Text line", Channel.SMS, defaults.resolved(DefaultFlows.SMS_FLOW)).flow().getId();
        String textLine = directory.numberWithFlowId(Channel.SMS, flowId);

        TwilioDriver.Reply reply = twilio.text(CALLER, textLine, "Hi there");

        assertThat(reply.text("/Response/Message")).contains("Thanks for your message");
    }
}
