package org.ringflow.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ringflow.applet.Channel;
import org.ringflow.directory.User;
import org.ringflow.directory.UserStatus;
import org.ringflow.sandbox.CallScript;
import org.ringflow.sandbox.Sandbox;
import org.ringflow.sandbox.Sids;
import org.ringflow.sandbox.TwilioSignature;
import org.ringflow.system.RingflowProperties;
import org.ringflow.test.Directory;
import org.ringflow.test.RingflowTest;
import org.ringflow.test.SignedWebhooks;
import org.ringflow.twilio.TwilioCredentials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What Twilio does besides following TwiML, which the sandbox never does on purpose: retrying a webhook,
 * delivering two callbacks at once, and (from anyone else) posting without a valid signature.
 * The sandbox places the calls; {@link SignedWebhooks} sends the extra requests.
 */
@RingflowTest
abstract class CallFlowWebhookTests {

    static final String CALLER = "+15551230000";

    @Autowired Sandbox sandbox;
    @Autowired MockMvc mvc;
    @Autowired Directory directory;
    @Autowired CallRecordRepository records;
    @Autowired RuntimeService runtime;
    @Autowired TwilioCredentials credentials;
    @Autowired RingflowProperties ringflow;
    SignedWebhooks twilio;

    @BeforeEach
    void setUp() {
        sandbox.reset();
        twilio = new SignedWebhooks(mvc, credentials, ringflow);
    }

    @Test
    void repeatedWebhooksGetTheSameAnswerAndMoveTheFlowOnce() throws Exception {
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.menu());
        CallScript call = sandbox.call(CALLER, number).hears("For sales press 1");
        String firstAnswer = call.lastTwiml();
        String menuAction = call.twiml("/Response/Gather/@action");

        MockHttpServletResponse incomingAgain = twilio.post("/twilio/voice", Map.of("CallSid", call.sid(),
                "From", CALLER, "To", number, "CallStatus", "ringing", "Direction", "inbound"));
        call.press("9").hears("That key does nothing.");
        MockHttpServletResponse pressAgain = twilio.post(menuAction, Map.of("CallSid", call.sid(), "Digits", "9"));

        assertThat(incomingAgain.getContentAsString().trim()).isEqualTo(firstAnswer);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(call.sid()).count()).isOne();
        assertThat(pressAgain.getStatus()).isEqualTo(200);
        assertThat(pressAgain.getContentAsString().trim()).isEqualTo(call.lastTwiml()).contains("That key does nothing.");
        assertThat(runtime.getVariable(records.findById(call.sid()).orElseThrow().getWaitingExecutionId(), "menuAttempt"))
                .as("one retry counted, not two").isEqualTo(1);
        call.hears("For sales press 1").isWaitingForKeys();
    }

    @Test
    void aWebhookThatFailsOutsideTheFlowStillAnswersTwimlNotA500() throws Exception {
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.menu());
        CallScript call = sandbox.call(CALLER, number).hears("For sales press 1");

        // a recording callback naming an inbox Ringflow never writes: the handler fails
        MockHttpServletResponse response = twilio.post("/twilio/voice/recording?call=" + call.sid() + "&owner=nobody",
                Map.of("CallSid", call.sid(), "RecordingSid", "RE" + "0".repeat(32), "RecordingStatus", "completed",
                        "RecordingUrl", "https://example.com/r", "RecordingDuration", "3"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/xml");
        assertThat(response.getContentAsString()).contains("something went wrong").contains("<Hangup/>");
    }

    @Test
    void aWebhookWithoutItsCallSidIsABadRequestNamingIt() throws Exception {
        MockHttpServletResponse response = twilio.post("/twilio/voice", Map.of("From", CALLER, "To", "+15550000001"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("CallSid");
    }

    @Test
    void dialActionAndStatusCallbackRacingNeverFail() throws Exception {
        User alice = directory.user("alice", UserStatus.AVAILABLE);
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.ringUser(alice));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 8; i++) {
                CallScript call = sandbox.call(CALLER, number).isRinging(alice.getClientIdentity());
                String dialAction = call.twiml("/Response/Dial/@action");
                CountDownLatch go = new CountDownLatch(1);
                List<Future<MockHttpServletResponse>> both = List.of(
                        pool.submit(() -> {
                            go.await();
                            return twilio.post(dialAction, Map.of("CallSid", call.sid(),
                                    "DialCallStatus", "completed", "DialCallDuration", "5"));
                        }),
                        pool.submit(() -> {
                            go.await();
                            return twilio.post("/twilio/voice/status", Map.of("CallSid", call.sid(),
                                    "CallStatus", "completed", "CallDuration", "9"));
                        }));
                go.countDown();

                for (Future<MockHttpServletResponse> response : both) {
                    assertThat(response.get().getStatus()).isIn(200, 204);
                }
                assertThat(records.findById(call.sid()).orElseThrow().getStatus()).isEqualTo("completed");
                assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(call.sid()).count()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unsignedOrWronglySignedWebhooksAreRefusedAndStartNothing() {
        String number = directory.numberWithFlow(Channel.CALL, CallFlows.menu());
        String callSid = Sids.next("CA");
        Map<String, String> incoming = Map.of("CallSid", callSid, "From", CALLER, "To", number);
        String url = ringflow.url("/twilio/voice");

        assertThat(twilio.post(url, incoming, null).getStatus()).isEqualTo(403);
        assertThat(twilio.post(url, incoming, "bm90IGEgc2lnbmF0dXJl").getStatus()).isEqualTo(403);
        assertThat(twilio.post(url, incoming, TwilioSignature.sign("another-token", url, incoming)).getStatus()).isEqualTo(403);

        assertThat(records.findById(callSid)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(callSid).count()).isZero();
    }
}
