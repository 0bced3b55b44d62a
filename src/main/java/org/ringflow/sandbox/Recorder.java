package org.ringflow.sandbox;

import static org.ringflow.sandbox.Twiml.allow;
import static org.ringflow.sandbox.Twiml.attr;
import static org.ringflow.sandbox.Twiml.boolAttr;
import static org.ringflow.sandbox.Twiml.intAttr;

import java.time.Instant;
import java.util.Map;
import org.ringflow.sandbox.SandboxCall.State;
import org.w3c.dom.Element;

/**
 * {@code <Record>}: a beep, then the caller speaks until a finish key, a hang-up, silence or maxLength. A recording
 * goes to the action URL (a hang-up's answer is not played) and then to the recording and transcription callbacks;
 * an empty one skips the action, as Twilio does.
 */
final class Recorder {

    private final SandboxCall call;
    private final VoiceVerbs verbs;
    private Element record;
    private Integer spokenSeconds;
    private String transcription;
    private Instant recordingStarted;

    Recorder(SandboxCall call, VoiceVerbs verbs) {
        this.call = call;
        this.verbs = verbs;
    }

    boolean record(Element verb) {
        allow(verb, "action", "method", "timeout", "finishOnKey", "maxLength", "playBeep", "trim",
                "recordingStatusCallback", "recordingStatusCallbackMethod", "recordingStatusCallbackEvent",
                "transcribe", "transcribeCallback", "recordingChannels", "recordingTrack");
        Twiml.inert(verb, call.transcript(), "trim", "recordingChannels", "recordingTrack");
        record = verb;
        spokenSeconds = null;
        transcription = null;
        recordingStarted = Instant.now();
        if (boolAttr(verb, "playBeep", true)) {
            call.transcript().add("play", "beep", call.activityId());
        }
        int maxLength = intAttr(verb, "maxLength", 3600);
        call.transcript().add("record", "recording (maxLength=" + maxLength + "s, finishOnKey="
                + attr(verb, "finishOnKey", "1234567890*#") + ")", call.activityId());
        call.await(State.RECORDING, maxLength, seq -> {
            if (seq == call.waitSeq() && call.state() == State.RECORDING) {
                finish("");
            }
        });
        return false;
    }

    void speak(int seconds, String text) {
        if (call.state() != State.RECORDING) {
            throw new IllegalStateException("the call is not recording (state " + call.state() + ")");
        }
        spokenSeconds = seconds;
        transcription = text;
        call.transcript().add("record", "the caller speaks for " + seconds + "s", null);
    }

    void finish(String digits) {
        if (call.state() != State.RECORDING) {
            throw new IllegalStateException("the call is not recording (state " + call.state() + ")");
        }
        Element verb = record;
        record = null;
        call.cancelTimer();
        call.state(State.IN_PROGRESS);
        int spoken = spokenSeconds != null ? spokenSeconds
                : call.timed() ? (int) java.time.Duration.between(recordingStarted, Instant.now()).toSeconds() : 0;
        int duration = Math.min(spoken, intAttr(verb, "maxLength", 3600));
        call.advance(duration);
        boolean hangup = digits.equals("hangup");
        if (duration == 0) {
            call.transcript().add("record", "nothing was recorded", null);
            if (!hangup) {
                call.run(); // an empty recording: Twilio skips the action and goes on
            }
            return;
        }
        Recordings.Recording recording = call.context().recordings().create(call.sid(), duration, transcription);
        call.transcript().add("record", "recorded " + duration + "s: " + recording.url()
                + (digits.isEmpty() ? "" : " (ended by " + digits + ")"), null);
        Map<String, String> params = call.params();
        params.put("RecordingUrl", recording.url());
        params.put("RecordingSid", recording.sid());
        params.put("RecordingDuration", String.valueOf(duration));
        params.put("Digits", digits);
        if (hangup) {
            params.put("CallStatus", "completed"); // the caller is gone by the time Twilio asks
        }
        String action = verbs.resolve(attr(verb, "action", ""));
        if (hangup) {
            verbs.requestIgnoringResponse(attr(verb, "method", "POST"), action, params);
            recordingCallbacks(verb, recording);
            return;
        }
        // the recording callbacks come after the action's TwiML was fetched, before it plays
        call.fetchThen(attr(verb, "method", "POST"), action, params, () -> recordingCallbacks(verb, recording));
    }

    private void recordingCallbacks(Element verb, Recordings.Recording recording) {
        if (verb.hasAttribute("recordingStatusCallback")) {
            Map<String, String> params = Recordings.statusParams(call.params(), recording);
            call.callback("recording status callback", verbs.resolve(attr(verb, "recordingStatusCallback", "")), params);
        }
        if (verb.hasAttribute("transcribeCallback") || boolAttr(verb, "transcribe", false)) {
            if (verb.hasAttribute("transcribeCallback")) {
                call.callback("transcription callback", verbs.resolve(attr(verb, "transcribeCallback", "")),
                        Recordings.transcriptionParams(call.params(), recording));
            } else {
                call.transcript().add("record", "transcribed (no transcribeCallback): " + recording.transcription(), null);
            }
        }
    }

    void press(String digits) {
        String finishOnKey = attr(record, "finishOnKey", "1234567890*#");
        if (!digits.isEmpty() && finishOnKey.indexOf(digits.charAt(0)) >= 0) {
            finish(digits.substring(0, 1));
            return;
        }
        call.transcript().add("step", "pressed " + digits + " (not a finishOnKey of the recording)", null);
    }

    void abandon() {
        record = null;
    }
}
