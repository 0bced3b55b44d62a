package org.ringflow.sandbox;

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
import org.ringflow.flow.DefaultFlows;
import org.ringflow.flow.FlowService;
import org.ringflow.test.Accounts;
import org.ringflow.test.Directory;
import org.ringflow.test.RingflowWebTest;
import org.ringflow.test.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The flows shipped in bpmn/, called through the sandbox over HTTP, every branch. */
@RingflowWebTest
class SandboxDefaultFlowsTests {

    static final String CALLER = "+15551110000";
    static final Instant OPEN = Instant.parse("2026-11-24T15:00:00Z"); // Tuesday 10:00 in New York
    static final Instant CLOSED = Instant.parse("2026-11-25T03:00:00Z"); // Tuesday 22:00 in New York

    @Autowired Sandbox sandbox;
    @Autowired DefaultFlows defaults;
    @Autowired FlowService flows;
    @Autowired Directory directory;
    @Autowired UserRepository users;
    @Autowired GroupRepository groups;
    @Autowired PasswordEncoder encoder;
    @Autowired MutableClock clock;
    String mainLine;

    @BeforeEach
    void install() {
        sandbox.reset();
        User alice = Accounts.ensure(users, encoder, "alice", Role.AGENT);
        User bob = Accounts.ensure(users, encoder, "bob", Role.AGENT);
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
    void smsFlowRepliesAndFilesTheTextForSales() {
        long flowId = flows.create("Text line", Channel.SMS, defaults.resolved(DefaultFlows.SMS_FLOW)).flow().getId();
        String textLine = directory.numberWithFlowId(Channel.SMS, flowId);

        sandbox.text(CALLER, textLine, "Hi there").repliesWith("Thanks for your message");
    }
}
