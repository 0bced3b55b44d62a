package org.ringflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The caller side: each TwiML voice verb, as Twilio runs it, against scripted TwiML served by {@link FakeRingflow}. */
@SandboxTest
class SandboxCallTests {

    private static final String CALLER = "+15551234";
    private static final String NUMBER = "+15550100";

    @Autowired
    Sandbox sandbox;

    @Autowired
    FakeRingflow ringflow;

    @BeforeEach
    void reset() {
        sandbox.reset();
        ringflow.reset();
    }

    @Test
    void sendsTwiliosParametersToTheVoiceUrl() {
        ringflow.on("/voice", "<Response><Say>Welcome</Say></Response>");

        CallScript call = sandbox.call(CALLER, NUMBER);

        FakeRingflow.Received first = ringflow.last("/voice");
        assertThat(first.params().get("CallSid")).matches("CA[0-9a-f]{32}").isEqualTo(call.sid());
        assertThat(first.params()).containsEntry("From", CALLER).containsEntry("To", NUMBER)
                .containsEntry("CallStatus", "ringing").containsEntry("Direction", "inbound")
                .containsEntry("ApiVersion", "2010-04-01").containsEntry("AccountSid", "AC" + "0".repeat(32));
    }

    @Test
    void saysPlaysAndPausesThenHangsUpAtTheEndOfTheDocument() {
        ringflow.on("/voice", "<Response><Say voice=\"Polly.Joanna\" language=\"en-US\">Welcome to Acme</Say>"
                + "<Pause length=\"2\"/><Play>https://cdn.example/hold.mp3</Play></Response>");

        sandbox.call(CALLER, NUMBER).hears("Welcome").hears("https://cdn.example/hold.mp3").endsCall();

        assertThat(ringflow.last("/status").params()).containsEntry("CallStatus", "completed")
                .containsEntry("CallDuration", "2");
    }

    @Test
    void hearsChecksTheOrderOfPrompts() {
        ringflow.on("/voice", "<Response><Say>first</Say><Say>second</Say></Response>");

        CallScript call = sandbox.call(CALLER, NUMBER).hears("second");

        assertThatThrownBy(() -> call.hears("first")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected the caller to hear \"first\"").hasMessageContaining("transcript of");
    }

    @Test
    void gatherPostsTheDigitsToItsAction() {
        ringflow.on("/voice", "<Response><Gather numDigits=\"1\" timeout=\"5\" action=\"" + FakeRingflow.BASE
                + "/step?call=1&amp;step=menu\" method=\"POST\"><Say>Press 1 for sales, 2 for support</Say></Gather></Response>");
        ringflow.on("/step", "<Response><Say>Connecting you to support</Say><Hangup/></Response>");

        sandbox.call(CALLER, NUMBER).hears("Press 1").press("2").hears("support").endsCall();

        FakeRingflow.Received action = ringflow.last("/step");
        assertThat(action.query()).isEqualTo("call=1&step=menu");
        assertThat(action.params()).containsEntry("Digits", "2").containsEntry("CallStatus", "in-progress");
    }

    @Test
    void gatherStopsAtTheFinishOnKey() {
        ringflow.on("/voice", "<Response><Gather finishOnKey=\"#\" action=\"/twilio/fake/step\"/></Response>");
        ringflow.on("/step", "<Response/>");

        sandbox.call(CALLER, NUMBER).press("123#");

        assertThat(ringflow.last("/step").params()).containsEntry("Digits", "123");
    }

    @Test
    void gatherWithoutInputPostsEmptyDigitsWhenActionOnEmptyResult() {
        ringflow.on("/voice", "<Response><Gather actionOnEmptyResult=\"true\" action=\"step\"><Say>Choose</Say></Gather>"
                + "<Say>never reached</Say></Response>");
        ringflow.on("/step", "<Response><Say>Sorry, I did not get that</Say></Response>");

        sandbox.call(CALLER, NUMBER).pressNothing().hears("did not get that");

        assertThat(ringflow.last("/step").params()).containsEntry("Digits", "");
        assertThat(sandbox.find(ringflow.last("/step").params().get("CallSid")).orElseThrow().transcript().heard())
                .doesNotContain("never reached");
    }

    @Test
    void gatherWithoutInputFallsThroughToTheNextVerb() {
        ringflow.on("/voice", "<Response><Gather action=\"step\"><Say>Choose</Say></Gather><Say>Goodbye</Say></Response>");

        sandbox.call(CALLER, NUMBER).pressNothing().hears("Goodbye").endsCall();

        assertThat(ringflow.received("/step")).isEmpty();
    }

    @Test
    void gatherWithMethodGetSendsTheParametersInTheQuery() {
        ringflow.on("/voice", "<Response><Gather numDigits=\"1\" action=\"step?x=1\" method=\"GET\"/></Response>");
        ringflow.on("/step", "<Response/>");

        sandbox.call(CALLER, NUMBER).press("7");

        assertThat(ringflow.last("/step").query()).startsWith("x=1&").contains("Digits=7");
    }

    @Test
    void dialsABrowserThatAnswersAndReportsTheDialedCall() {
        ringflow.on("/voice", "<Response><Dial action=\"dialed\" timeout=\"20\" callerId=\"+15550100\">"
                + "<Client>alice</Client></Dial></Response>");
        ringflow.on("/dialed", "<Response><Say>Thanks for calling</Say></Response>");

        CallScript call = sandbox.call(CALLER, NUMBER).isRinging("alice");
        assertThat(sandbox.callees().callsRinging("alice")).containsExactly(call.sid());
        call.answers("alice").isConnected().talks(30).calleeHangsUp().hears("Thanks for calling").endsCall();

        assertThat(ringflow.last("/dialed").params()).containsEntry("DialCallStatus", "completed")
                .containsEntry("DialCallDuration", "30").containsKey("DialCallSid");
        assertThat(ringflow.last("/dialed").params().get("DialCallSid")).matches("CA[0-9a-f]{32}").isNotEqualTo(call.sid());
        assertThat(sandbox.callees().callsRinging("alice")).isEmpty();
    }

    @Test
    void aDialNobodyAnswersEndsAsNoAnswer() {
        ringflow.on("/voice", "<Response><Dial action=\"dialed\" timeout=\"15\"><Client>alice</Client>"
                + "<Client><Identity>bob</Identity></Client></Dial></Response>");
        ringflow.on("/dialed", "<Response><Say>Please leave a message</Say></Response>");

        sandbox.call(CALLER, NUMBER).isRinging("alice").isRinging("bob").noAnswer().hears("leave a message");

        assertThat(ringflow.last("/dialed").params()).containsEntry("DialCallStatus", "no-answer")
                .doesNotContainKey("DialCallDuration");
    }

    @Test
    void aDeclinedBrowserEndsTheDialAsBusy() {
        ringflow.on("/voice", "<Response><Dial action=\"dialed\"><Client>alice</Client></Dial></Response>");
        ringflow.on("/dialed", "<Response/>");

        sandbox.call(CALLER, NUMBER).declines("alice");

        assertThat(ringflow.last("/dialed").params()).containsEntry("DialCallStatus", "busy");
    }

    @Test
    void numbersAnswerByTheirRule() {
        ringflow.on("/voice", "<Response><Dial action=\"dialed\"><Number>+15559999</Number></Dial></Response>");
        ringflow.on("/dialed", "<Response/>");

        sandbox.number("+15559999").answers();
        sandbox.call(CALLER, NUMBER).isConnected().talks(5).calleeHangsUp();
        assertThat(ringflow.last("/dialed").params()).containsEntry("DialCallStatus", "completed");

        sandbox.number("+15559999").isBusy();
        sandbox.call(CALLER, NUMBER);
        assertThat(ringflow.last("/dialed").params()).containsEntry("DialCallStatus", "busy");

        sandbox.number("+15559999").doesNotAnswer();
        sandbox.call(CALLER, NUMBER).isRinging("+15559999").noAnswer();
        assertThat(ringflow.last("/dialed").params()).containsEntry("DialCallStatus", "no-answer");
    }

    @Test
    void aDialWithoutActionGoesOnWithTheNextVerb() {
        ringflow.on("/voice", "<Response><Dial timeout=\"5\">+15558888</Dial><Say>Nobody is there</Say></Response>");

        sandbox.call(CALLER, NUMBER).noAnswer().hears("Nobody is there").endsCall();
    }

    @Test
    void theCallerHangingUpOnAConnectedCallStillReportsTheDial() {
        ringflow.on("/voice", "<Response><Dial action=\"dialed\"><Client>alice</Client></Dial></Response>");
        ringflow.on("/dialed", "<Response><Say>not played</Say></Response>");

        CallScript call = sandbox.call(CALLER, NUMBER).answers("alice").talks(42).hangsUp();

        assertThat(ringflow.last("/dialed").params()).containsEntry("DialCallStatus", "completed")
                .containsEntry("DialCallDuration", "42");
        assertThat(call.transcript().heard()).doesNotContain("not played");
        assertThat(ringflow.last("/status").params()).containsEntry("CallStatus", "completed").containsEntry("CallDuration", "42");
    }

    @Test
    void recordsAMessageAndSendsTheRecordingAndTranscriptionCallbacks() {
        ringflow.on("/voice", "<Response><Say>Leave a message after the beep</Say><Record action=\"recorded\" maxLength=\"120\""
                + " playBeep=\"true\" recordingStatusCallback=\"/twilio/fake/recording-callback\" transcribe=\"true\""
                + " transcribeCallback=\"/twilio/fake/transcription-callback\"/></Response>");
        ringflow.on("/recorded", "<Response><Say>Goodbye</Say></Response>");

        CallScript call = sandbox.call(CALLER, NUMBER).hears("Leave a message").hears("beep")
                .records(12, "Please call me back").hangsUp();

        var action = ringflow.last("/recorded").params();
        assertThat(action.get("RecordingSid")).matches("RE[0-9a-f]{32}");
        assertThat(action.get("RecordingUrl")).isEqualTo("http://ringflow.test/sandbox/recordings/" + action.get("RecordingSid"));
        assertThat(action).containsEntry("RecordingDuration", "12").containsEntry("Digits", "hangup")
                .containsEntry("CallStatus", "completed");
        assertThat(ringflow.last("/recording-callback").params()).containsEntry("RecordingStatus", "completed")
                .containsEntry("RecordingSid", action.get("RecordingSid")).containsEntry("RecordingDuration", "12")
                .containsEntry("CallSid", call.sid());
        assertThat(ringflow.last("/transcription-callback").params()).containsEntry("TranscriptionText", "Please call me back")
                .containsEntry("TranscriptionStatus", "completed").containsEntry("RecordingSid", action.get("RecordingSid"));
        assertThat(call.transcript().heard()).doesNotContain("Goodbye");
    }

    @Test
    void aRecordingEndedBySilencePlaysTheActionsTwimlAndIsCappedAtMaxLength() {
        ringflow.on("/voice", "<Response><Record action=\"recorded\" maxLength=\"10\" playBeep=\"false\"/></Response>");
        ringflow.on("/recorded", "<Response><Say>Thank you</Say><Hangup/></Response>");

        CallScript call = sandbox.call(CALLER, NUMBER).records(25).hears("Thank you").endsCall();

        assertThat(ringflow.last("/recorded").params()).containsEntry("RecordingDuration", "10").containsEntry("Digits", "");
        assertThat(call.transcript().heard()).doesNotContain("beep");
    }

    @Test
    void aRecordingEndsOnAFinishKey() {
        ringflow.on("/voice", "<Response><Record action=\"recorded\" finishOnKey=\"#\"/></Response>");
        ringflow.on("/recorded", "<Response/>");

        sandbox.call(CALLER, NUMBER).records(4).press("#");

        assertThat(ringflow.last("/recorded").params()).containsEntry("Digits", "#").containsEntry("RecordingDuration", "4");
    }

    @Test
    void anEmptyRecordingSkipsTheActionAndGoesOn() {
        ringflow.on("/voice", "<Response><Record action=\"recorded\"/><Say>We did not get a message</Say></Response>");

        sandbox.call(CALLER, NUMBER).records(0).hears("did not get a message");

        assertThat(ringflow.received("/recorded")).isEmpty();
    }

    @Test
    void servesTheRecordingAsAWav() throws Exception {
        ringflow.on("/voice", "<Response><Record action=\"recorded\"/></Response>");
        ringflow.on("/recorded", "<Response/>");
        sandbox.call(CALLER, NUMBER).records(3).hangsUp();
        String url = ringflow.last("/recorded").params().get("RecordingUrl");

        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url.replace("http://ringflow.test", "http://127.0.0.1:" + port) + ".wav")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), 0, 4)).isEqualTo("RIFF");
        assertThat(new String(response.body(), 8, 4)).isEqualTo("WAVE");
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void followsRedirectsRelativeToTheDocument() {
        ringflow.on("/voice", "<Response><Redirect method=\"POST\">next?step=2</Redirect></Response>");
        ringflow.on("/next", "<Response><Say>Redirected</Say></Response>");

        sandbox.call(CALLER, NUMBER).hears("Redirected");

        assertThat(ringflow.last("/next").query()).isEqualTo("step=2");
    }

    @Test
    void rejectsWithBusyOrNoAnswer() {
        ringflow.on("/voice", "<Response><Reject reason=\"busy\"/></Response>");
        sandbox.call(CALLER, NUMBER).isRejected();
        assertThat(ringflow.last("/status").params()).containsEntry("CallStatus", "busy").containsEntry("CallDuration", "0");

        ringflow.on("/voice", "<Response><Reject/></Response>");
        sandbox.call(CALLER, NUMBER).isRejected();
        assertThat(ringflow.last("/status").params()).containsEntry("CallStatus", "no-answer");
    }

    @Test
    void hangupEndsTheCall() {
        ringflow.on("/voice", "<Response><Say>Bye</Say><Hangup/><Say>never</Say></Response>");

        CallScript call = sandbox.call(CALLER, NUMBER).hears("Bye").endsCall();

        assertThat(call.transcript().heard()).containsExactly("Bye");
    }

    @Test
    void theCallerHangingUpSendsTheStatusCallback() {
        ringflow.on("/voice", "<Response><Gather><Say>Choose</Say></Gather></Response>");

        sandbox.call(CALLER, NUMBER).talks(7).hangsUp();

        assertThat(ringflow.last("/status").params()).containsEntry("CallStatus", "completed").containsEntry("CallDuration", "7");
    }

    @Test
    void messageSendsATextToTheCaller() {
        ringflow.on("/voice", "<Response><Message>Thanks for calling Acme</Message><Message to=\"+15557777\">Missed call</Message></Response>");

        sandbox.call(CALLER, NUMBER);

        assertThat(sandbox.messages()).extracting(SentMessage::to, SentMessage::from, SentMessage::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CALLER, NUMBER, "Thanks for calling Acme"),
                        org.assertj.core.groups.Tuple.tuple("+15557777", NUMBER, "Missed call"));
    }

    @Test
    void anUnknownVerbOrAttributeIsAnError() {
        ringflow.on("/voice", "<Response><Say>Hello</Say><Enqueue>support</Enqueue></Response>");
        assertThatThrownBy(() -> sandbox.call(CALLER, NUMBER)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("<Enqueue>");

        ringflow.on("/voice", "<Response><Say colour=\"blue\">Hello</Say></Response>");
        assertThatThrownBy(() -> sandbox.call(CALLER, NUMBER)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("colour");
    }

    @Test
    void aDoctypeIsRefused() {
        ringflow.on("/voice", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x \"boom\">]><Response><Say>&x;</Say></Response>");

        assertThatThrownBy(() -> sandbox.call(CALLER, NUMBER)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("not valid TwiML");
    }

    @Test
    void anHttpErrorFromRingflowIsAnError() {
        // nothing scripted for /voice: the fake answers 404
        assertThatThrownBy(() -> sandbox.call(CALLER, NUMBER)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("HTTP 404");
        assertThat(ringflow.last("/status").params()).containsEntry("CallStatus", "failed");
    }

    @Test
    void theTranscriptShowsTheActivityRingflowReports() {
        ringflow.on("/voice", "<Response><Gather numDigits=\"1\"><Say>Menu</Say></Gather></Response>").activity("/voice", "Task_Menu");

        CallScript call = sandbox.call(CALLER, NUMBER);

        assertThat(call.call().currentActivityId()).isEqualTo("Task_Menu");
        assertThat(call.transcript().entries()).anyMatch(e -> e.kind().equals("say") && "Task_Menu".equals(e.activityId()));
    }

    @Test
    void attributesTwilioKnowsButTheSandboxDoesNotEmulateAreNamedInTheTranscript() {
        ringflow.on("/voice", "<Response><Dial timeLimit=\"600\" record=\"record-from-answer\"><Client>alice</Client></Dial></Response>");

        CallScript call = sandbox.call(CALLER, NUMBER).isRinging("alice");

        assertThat(call.transcript().entries()).anyMatch(e -> e.text().contains("<Dial record=\"record-from-answer\"> is accepted but not emulated"))
                .anyMatch(e -> e.text().contains("<Dial timeLimit=\"600\">"));
    }

    @Test
    void speechInputAndUnemulatedNounsAreErrors() {
        ringflow.on("/voice", "<Response><Gather input=\"speech\"/></Response>");
        assertThatThrownBy(() -> sandbox.call(CALLER, NUMBER)).hasMessageContaining("only emulates dtmf");

        ringflow.on("/voice", "<Response><Dial><Queue>support</Queue></Dial></Response>");
        assertThatThrownBy(() -> sandbox.call(CALLER, NUMBER)).hasMessageContaining("<Dial><Queue>");
    }

    @Test
    void aRecordWithoutActionPostsToTheCurrentDocumentLikeTwilio() {
        ringflow.on("/voice", params -> params.containsKey("RecordingSid")
                ? "<Response><Say>Got your message</Say></Response>"
                : "<Response><Record/></Response>");

        sandbox.call(CALLER, NUMBER).records(5).hears("Got your message");

        assertThat(ringflow.last("/voice").params()).containsEntry("RecordingDuration", "5");
    }
}
