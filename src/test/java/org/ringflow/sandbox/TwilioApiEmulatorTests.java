package org.ringflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Conference;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.conference.Participant;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The REST side, through twilio-java exactly as Ringflow calls it (its client is pointed at the sandbox). */
@SandboxTest
class TwilioApiEmulatorTests {

    private static final String CALLER = "+15551234";
    private static final String NUMBER = "+15550100";

    @Autowired
    Sandbox sandbox;

    @Autowired
    FakeRingflow ringflow;

    @Autowired
    TwilioRestClient twilio;

    @BeforeEach
    void reset() {
        sandbox.reset();
        ringflow.reset();
    }

    @Test
    void createsAMessageAndRecordsTheRequest() {
        Message message = Message.creator(new PhoneNumber("+15557777"), new PhoneNumber(NUMBER), "Your voicemail is ready")
                .create(twilio);

        assertThat(message.getSid()).matches("SM[0-9a-f]{32}");
        assertThat(message.getStatus()).isEqualTo(Message.Status.QUEUED);
        assertThat(message.getTo()).isEqualTo("+15557777");
        assertThat(sandbox.messages()).extracting(SentMessage::body, SentMessage::via)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Your voicemail is ready", "rest"));
        RestRequest request = sandbox.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/AC" + "0".repeat(32) + "/Messages.json");
        assertThat(request.params()).containsEntry("Body", "Your voicemail is ready").containsEntry("From", NUMBER);
        assertThat(request.status()).isEqualTo(201);
    }

    @Test
    void updatingALiveCallWithTwimlTakesEffectInTheCall() {
        ringflow.on("/voice", "<Response><Dial><Client>alice</Client></Dial></Response>");
        CallScript call = sandbox.call(CALLER, NUMBER).isRinging("alice");

        Call updated = Call.updater(call.sid()).setTwiml(new Twiml("<Response><Say>Moved to the queue</Say></Response>"))
                .update(twilio);

        assertThat(updated.getSid()).isEqualTo(call.sid());
        call.hears("Moved to the queue").endsCall();
        assertThat(sandbox.callees().callsRinging("alice")).isEmpty();
    }

    @Test
    void updatingALiveCallWithAUrlFetchesIt() {
        ringflow.on("/voice", "<Response><Gather><Say>Menu</Say></Gather></Response>");
        ringflow.on("/transfer", "<Response><Say>Transferring</Say></Response>");
        CallScript call = sandbox.call(CALLER, NUMBER);

        Call.updater(call.sid()).setUrl(URI.create(FakeRingflow.BASE + "/transfer")).update(twilio);

        call.hears("Transferring");
        assertThat(ringflow.last("/transfer").params()).containsEntry("CallSid", call.sid());
    }

    @Test
    void completingALiveCallHangsItUp() {
        ringflow.on("/voice", "<Response><Gather><Say>Menu</Say></Gather></Response>");
        CallScript call = sandbox.call(CALLER, NUMBER);

        Call.updater(call.sid()).setStatus(Call.UpdateStatus.COMPLETED).update(twilio);

        call.endsCall();
        assertThat(ringflow.last("/status").params()).containsEntry("CallStatus", "completed");
    }

    @Test
    void anUnknownCallIsNotFound() {
        assertThatThrownBy(() -> Call.updater("CA" + "f".repeat(32)).setStatus(Call.UpdateStatus.COMPLETED).update(twilio))
                .isInstanceOf(ApiException.class).hasMessageContaining("not found");
    }

    @Test
    void wrongCredentialsAreRefused() {
        TwilioRestClient wrong = new TwilioRestClient.Builder("AC" + "0".repeat(32), "wrong-token")
                .httpClient(twilio.getHttpClient()).build();

        assertThatThrownBy(() -> Message.creator(new PhoneNumber("+15557777"), new PhoneNumber(NUMBER), "hi").create(wrong))
                .isInstanceOf(ApiException.class).hasMessageContaining("Authenticate");
        assertThat(sandbox.requests()).extracting(RestRequest::status).containsExactly(401);
    }

    @Test
    void conferencesAndParticipantsForHoldAndTransfer() {
        ringflow.on("/voice", "<Response><Dial action=\"left\"><Conference endConferenceOnExit=\"true\">support-1</Conference></Dial></Response>");
        ringflow.on("/left", "<Response><Say>The conference is over</Say></Response>");
        CallScript call = sandbox.call(CALLER, NUMBER).isInConference();

        List<Conference> conferences = java.util.stream.StreamSupport.stream(
                Conference.reader().setFriendlyName("support-1").read(twilio).spliterator(), false).toList();
        assertThat(conferences).hasSize(1);
        String conferenceSid = conferences.get(0).getSid();
        assertThat(conferences.get(0).getStatus()).isEqualTo(Conference.Status.IN_PROGRESS);

        // transfer: Ringflow adds bob, who answers in his browser
        Participant bob = Participant.creator(conferenceSid, new PhoneNumber(NUMBER), new PhoneNumber("client:bob"))
                .setLabel("transfer-target").create(twilio);
        call.isRinging("bob").answers("bob");
        assertThat(java.util.stream.StreamSupport.stream(Participant.reader(conferenceSid).read(twilio).spliterator(), false)
                .map(Participant::getCallSid).toList())
                .containsExactly(call.sid(), bob.getCallSid());

        // hold the caller
        Participant held = Participant.updater(conferenceSid, call.sid()).setHold(true)
                .setHoldUrl(URI.create("https://cdn.example/hold.mp3")).update(twilio);
        assertThat(held.getHold()).isTrue();
        call.hears("https://cdn.example/hold.mp3");

        // bob hangs up his leg; the caller leaves: the conference ends and the Dial reports
        Participant.deleter(conferenceSid, bob.getCallSid()).delete(twilio);
        Participant.deleter(conferenceSid, call.sid()).delete(twilio);
        call.hears("The conference is over");
        assertThat(ringflow.last("/left").params()).containsEntry("DialCallStatus", "completed");
        assertThat(Conference.fetcher(conferenceSid).fetch(twilio).getStatus()).isEqualTo(Conference.Status.COMPLETED);
    }

    @Test
    void anUpdateMadeWhileRingflowAnswersAWebhookWinsOverThatAnswer() {
        ringflow.on("/voice", params -> {
            Call.updater(params.get("CallSid")).setTwiml(new Twiml("<Response><Say>Updated meanwhile</Say></Response>")).update(twilio);
            return "<Response><Say>Stale answer</Say></Response>";
        });

        CallScript call = sandbox.call(CALLER, NUMBER).hears("Updated meanwhile");

        assertThat(call.transcript().heard()).doesNotContain("Stale answer");
    }
}
