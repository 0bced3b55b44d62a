package org.ringflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ringflow.applet.Channel;
import org.ringflow.directory.Group;
import org.ringflow.directory.User;
import org.ringflow.directory.UserStatus;
import org.ringflow.flow.Diagrams;
import org.ringflow.sandbox.Sandbox;
import org.ringflow.sandbox.SentMessage;
import org.ringflow.sandbox.TextScript;
import org.ringflow.sandbox.TranscriptEntry;
import org.ringflow.system.RingflowProperties;
import org.ringflow.test.Directory;
import org.ringflow.test.RingflowTest;
import org.ringflow.test.SignedWebhooks;
import org.ringflow.twilio.TwilioCredentials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Texts end to end, sent by the sandbox: stored first, then the number's SMS flow replies, forwards and files them. */
@RingflowTest
abstract class TextFlowTests {

    static final String SENDER = "+15551239999";

    @Autowired Sandbox sandbox;
    @Autowired MockMvc mvc;
    @Autowired Directory directory;
    @Autowired MessageRepository messages;
    @Autowired TwilioCredentials credentials;
    @Autowired RingflowProperties ringflow;
    User alice;
    Group support;

    @BeforeEach
    void setUp() {
        sandbox.reset();
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

        TextScript text = sandbox.text(SENDER, number, "Do you deliver?");

        assertThat(text.replies()).extracting(SentMessage::to, SentMessage::body).containsExactlyInAnyOrder(
                tuple(SENDER, "Hi " + SENDER + ", we got: Do you deliver?"),
                tuple("+15558880000", "From " + SENDER + ": Do you deliver?"));
        mvc.perform(get("/api/messages").param("groupId", support.getId().toString()).with(login(alice)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].body").value("Do you deliver?"))
                .andExpect(jsonPath("$.content[0].from").value(SENDER))
                .andExpect(jsonPath("$.content[0].ownerGroupId").value(support.getId()));
    }

    @Test
    void textSentTwiceIsStoredAndAnsweredOnce() throws Exception {
        String number = directory.numberWithFlow(Channel.SMS, autoReplyToGroupInbox());
        TextScript text = sandbox.text(SENDER, number, "Hello");

        String again = new SignedWebhooks(mvc, credentials, ringflow).post("/twilio/sms", Map.of("MessageSid", text.sid(),
                "SmsSid", text.sid(), "From", SENDER, "To", number, "Body", "Hello", "NumMedia", "0")).getContentAsString();

        assertThat(again.trim()).isEqualTo(twiml(text));
        assertThat(messages.findAll().stream().filter(m -> text.sid().equals(m.getMessageSid())).count()).isOne();
    }

    @Test
    void textToANumberWithoutSmsFlowIsStoredInNoInbox() {
        TextScript text = sandbox.text(SENDER, directory.numberWithoutFlow(), "Anyone?").repliesNothing();

        Message stored = messages.findByMessageSid(text.sid()).orElseThrow();
        assertThat(stored.getBody()).isEqualTo("Anyone?");
        assertThat(stored.getOwnerUserId()).isNull();
        assertThat(stored.getOwnerGroupId()).isNull();
    }

    @Test
    void agentsCannotReadOtherGroupsInboxes() throws Exception {
        User outsider = directory.user("outsider", UserStatus.AVAILABLE);

        mvc.perform(get("/api/messages").param("groupId", support.getId().toString()).with(login(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/voicemails").param("userId", alice.getId().toString()).with(login(outsider)))
                .andExpect(status().isForbidden());
    }

    @Test
    void failingSmsFlowStillKeepsTheText() {
        String number = directory.numberWithFlow(Channel.SMS, Bpmn.convertToString(Diagrams.process().startEvent("Start")
                .serviceTask("Task_Reply").camundaDelegateExpression("${smsReply}").camundaInputParameter("message", "Thanks")
                .serviceTask("Task_Boom").camundaDelegateExpression("${explodeText}").endEvent().done()));

        TextScript text = sandbox.text(SENDER, number, "Keep me");

        text.repliesNothing(); // the failed flow's replies are not sent
        assertThat(messages.findByMessageSid(text.sid()).orElseThrow().getBody()).isEqualTo("Keep me");
    }

    /** The TwiML Ringflow answered the sandbox's text with. */
    static String twiml(TextScript text) {
        return text.transcript().entries().stream().filter(e -> e.kind().equals("twiml")).map(TranscriptEntry::text)
                .findFirst().orElseThrow();
    }

    static RequestPostProcessor login(User user) {
        return httpBasic(user.getUsername(), user.getUsername() + "-password");
    }
}
