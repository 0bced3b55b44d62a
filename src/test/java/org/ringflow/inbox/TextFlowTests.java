package org.ringflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ringflow.applet.Channel;
import org.ringflow.directory.Group;
import org.ringflow.directory.User;
import org.ringflow.directory.UserStatus;
import org.ringflow.flow.Diagrams;
import org.ringflow.test.Directory;
import org.ringflow.test.RingflowTest;
import org.ringflow.test.TwilioDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Texts end to end: stored first, then the number's SMS flow replies, forwards and files them. */
@RingflowTest
abstract class TextFlowTests {

    static final String SENDER = "+15551239999";

    @Autowired MockMvc mvc;
    @Autowired Directory directory;
    @Autowired MessageRepository messages;
    TwilioDriver twilio;
    User alice;
    Group support;

    @BeforeEach
    void setUp() {
        twilio = new TwilioDriver(mvc, "test-auth-token", "http://ringflow.test");
        alice = directory.user("alice", UserStatus.AVAILABLE);
        support = directory.group("Support", alice);
    }

    String autoReplyToGroupInbox() {
        return Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Reply").camundaDelegateExpression("${smsReply}")
                .camundaInputParameter("message", "Hi {{from}}, we got: {{body}}")
                .serviceTask("Task_Inbox").camundaDelegateExpression("${smsInbox}")
                .camundaInputParameter("groupId", support.getId().toString())
                .serviceTask("Task_Forward").camundaDelegateExpression("${smsForward}")
                .camundaInputParameter("number", "+15558880000")
                .endEvent().done());
    }

    @Test
    void autoReplyForwardAndGroupInbox() throws Exception {
        String number = directory.numberWithFlow(Channel.SMS, autoReplyToGroupInbox());

        TwilioDriver.Reply reply = twilio.text(SENDER, number, "Do you deliver?");

        assertThat(reply.texts("/Response/Message[not(@to)]")).containsExactly("Hi " + SENDER + ", we got: Do you deliver?");
        assertThat(reply.text("/Response/Message[@to='+15558880000']")).isEqualTo("From " + SENDER + ": Do you deliver?");
        mvc.perform(get("/api/messages").param("groupId", support.getId().toString())
                        .with(httpBasic(alice.getUsername(), alice.getUsername() + "-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].body").value("Do you deliver?"))
                .andExpect(jsonPath("$.content[0].from").value(SENDER))
                .andExpect(jsonPath("$.content[0].ownerGroupId").value(support.getId()));
    }

    @Test
    void textSentTwiceIsStoredAndAnsweredOnce() {
        String number = directory.numberWithFlow(Channel.SMS, autoReplyToGroupInbox());
        String sid = TwilioDriver.sid("SM");

        String first = twilio.text(sid, SENDER, number, "Hello").xml();
        String again = twilio.text(sid, SENDER, number, "Hello").xml();

        assertThat(again).isEqualTo(first);
        assertThat(messages.findByMessageSid(sid)).isPresent();
        assertThat(messages.findAll().stream().filter(m -> sid.equals(m.getMessageSid())).count()).isOne();
    }

    @Test
    void textToANumberWithoutSmsFlowIsStoredInNoInbox() {
        String sid = TwilioDriver.sid("SM");

        TwilioDriver.Reply reply = twilio.text(sid, SENDER, directory.numberWithoutFlow(), "Anyone?");

        assertThat(reply.has("/Response/Message")).isFalse();
        Message stored = messages.findByMessageSid(sid).orElseThrow();
        assertThat(stored.getBody()).isEqualTo("Anyone?");
        assertThat(stored.getOwnerUserId()).isNull();
        assertThat(stored.getOwnerGroupId()).isNull();
    }

    @Test
    void agentsCannotReadOtherGroupsInboxes() throws Exception {
        User outsider = directory.user("outsider", UserStatus.AVAILABLE);
        mvc.perform(get("/api/messages").param("groupId", support.getId().toString())
                        .with(httpBasic(outsider.getUsername(), outsider.getUsername() + "-password")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/voicemails").param("userId", alice.getId().toString())
                        .with(httpBasic(outsider.getUsername(), outsider.getUsername() + "-password")))
                .andExpect(status().isForbidden());
    }

    @Test
    void failingSmsFlowStillKeepsTheText() {
        String number = directory.numberWithFlow(Channel.SMS, Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Reply").camundaDelegateExpression("${smsReply}").camundaInputParameter("message", "Thanks")
                .serviceTask("Task_Boom").camundaDelegateExpression("${explodeText}").endEvent().done()));
        String sid = TwilioDriver.sid("SM");

        TwilioDriver.Reply reply = twilio.text(sid, SENDER, number, "Keep me");

        assertThat(reply.has("/Response/Message")).as("the failed flow's replies are not sent").isFalse();
        assertThat(messages.findByMessageSid(sid).orElseThrow().getBody()).isEqualTo("Keep me");
    }
}
