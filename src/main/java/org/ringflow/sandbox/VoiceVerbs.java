package org.ringflow.sandbox;

import static org.ringflow.sandbox.Twiml.allow;
import static org.ringflow.sandbox.Twiml.attr;
import static org.ringflow.sandbox.Twiml.boolAttr;
import static org.ringflow.sandbox.Twiml.intAttr;
import static org.ringflow.sandbox.Twiml.text;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.ringflow.sandbox.SandboxCall.EndedBy;
import org.ringflow.sandbox.SandboxCall.State;
import org.ringflow.sandbox.Twiml.TwimlException;
import org.w3c.dom.Element;

/**
 * What each TwiML voice verb does to a sandbox call. {@link #execute} returns true to go on with the next verb,
 * false when the call now waits (or has been moved on by the verb itself).
 */
final class VoiceVerbs {

    private static final Set<String> SSML = Set.of("break", "emphasis", "lang", "p", "phoneme", "prosody", "s",
            "say-as", "sub", "w", "amazon:effect", "amazon:domain");

    private final SandboxCall call;
    private final Dialing dialing;
    private Element gather;
    private String gathered = "";
    private final Recorder recorder;

    VoiceVerbs(SandboxCall call) {
        this.call = call;
        this.dialing = new Dialing(call, this);
        this.recorder = new Recorder(call, this);
    }

    boolean execute(Element verb) {
        switch (verb.getTagName()) {
            case "Say" -> say(verb);
            case "Play" -> play(verb);
            case "Pause" -> pause(verb);
            case "Gather" -> {
                return gather(verb);
            }
            case "Dial" -> {
                return dialing.dial(verb);
            }
            case "Record" -> {
                return recorder.record(verb);
            }
            case "Redirect" -> {
                redirect(verb);
                return false;
            }
            case "Hangup" -> {
                allow(verb);
                call.transcript().add("hangup", "Ringflow hangs up", call.activityId());
                call.end("completed", EndedBy.RINGFLOW);
                return false;
            }
            case "Reject" -> {
                allow(verb, "reason");
                call.reject(attr(verb, "reason", "rejected"));
                return false;
            }
            case "Message", "Sms" -> message(verb);
            default -> throw new TwimlException("<" + verb.getTagName() + "> is a verb the sandbox does not know (or does not emulate)");
        }
        return true;
    }

    // ---- prompts ---------------------------------------------------------------------------------------

    private void say(Element verb) {
        allow(verb, "voice", "language", "loop");
        for (Element child : Twiml.children(verb)) {
            if (!SSML.contains(child.getTagName())) {
                throw new TwimlException("<Say> contains <" + child.getTagName() + ">, which is not SSML");
            }
        }
        int loop = intAttr(verb, "loop", 1);
        String voice = verb.hasAttribute("voice") || verb.hasAttribute("language")
                ? " [" + String.join(", ", java.util.stream.Stream.of(attr(verb, "voice", ""), attr(verb, "language", ""))
                        .filter(a -> !a.isEmpty()).toList()) + "]"
                : "";
        call.transcript().add("say", text(verb) + (loop > 1 ? " (x" + loop + ")" : "") + voice, call.activityId());
    }

    private void play(Element verb) {
        allow(verb, "loop", "digits");
        if (verb.hasAttribute("digits")) {
            call.transcript().add("play", "DTMF " + attr(verb, "digits", ""), call.activityId());
            return;
        }
        if (text(verb).isEmpty()) {
            throw new TwimlException("<Play> has no URL");
        }
        call.transcript().add("play", text(verb), call.activityId());
    }

    private void pause(Element verb) {
        allow(verb, "length");
        int length = intAttr(verb, "length", 1);
        call.advance(length);
        call.transcript().add("step", "pause " + length + "s", call.activityId());
    }

    // ---- Gather ---------------------------------------------------------------------------------------

    private boolean gather(Element verb) {
        allow(verb, "input", "numDigits", "finishOnKey", "timeout", "action", "method", "actionOnEmptyResult",
                "language", "hints", "bargeIn", "debug", "profanityFilter", "speechTimeout", "speechModel", "enhanced",
                "partialResultCallback", "partialResultCallbackMethod", "maxSpeechTime");
        Twiml.inert(verb, call.transcript(), "hints", "speechTimeout", "speechModel", "partialResultCallback", "maxSpeechTime");
        if (!attr(verb, "input", "dtmf").contains("dtmf")) {
            throw new TwimlException("<Gather input=\"" + attr(verb, "input", "") + "\">: the sandbox only emulates dtmf input");
        }
        for (Element child : Twiml.children(verb)) {
            switch (child.getTagName()) {
                case "Say" -> say(child);
                case "Play" -> play(child);
                case "Pause" -> pause(child);
                default -> throw new TwimlException("<Gather> cannot contain <" + child.getTagName() + ">");
            }
        }
        gather = verb;
        gathered = "";
        int timeout = intAttr(verb, "timeout", 5);
        call.transcript().add("gather", "waiting for keys (" + (verb.hasAttribute("numDigits") ? "numDigits=" + attr(verb, "numDigits", "") + ", " : "")
                + "finishOnKey=" + attr(verb, "finishOnKey", "#") + ", timeout=" + timeout + "s)", call.activityId());
        call.await(State.GATHERING, timeout, this::gatherTimedOut);
        return false;
    }

    void press(String digits) {
        if (call.state() == State.RECORDING) {
            recorder.press(digits);
            return;
        }
        if (call.state() != State.GATHERING) {
            if (call.timed()) {
                call.transcript().add("step", "pressed " + digits + " (nothing is listening for keys)", null);
                return;
            }
            throw new IllegalStateException("the call is not waiting for keys (state " + call.state() + ")");
        }
        call.transcript().add("gather", "pressed " + digits, null);
        String finishOnKey = attr(gather, "finishOnKey", "#");
        int numDigits = intAttr(gather, "numDigits", Integer.MAX_VALUE);
        for (char key : digits.toCharArray()) {
            if (!finishOnKey.isEmpty() && finishOnKey.indexOf(key) >= 0) {
                finishGather(gathered, String.valueOf(key));
                return;
            }
            gathered += key;
            if (gathered.length() >= numDigits) {
                finishGather(gathered, "");
                return;
            }
        }
        if (call.timed()) {
            call.await(State.GATHERING, intAttr(gather, "timeout", 5), this::gatherTimedOut);
        } else {
            finishGather(gathered, ""); // scripted: the caller stops pressing, the timeout passes
        }
    }

    void gatherTimedOut(int seq) {
        if (call.state() != State.GATHERING || seq != call.waitSeq()) {
            if (!call.timed()) {
                throw new IllegalStateException("the call is not waiting for keys (state " + call.state() + ")");
            }
            return;
        }
        call.transcript().add("gather", gathered.isEmpty() ? "no keys pressed: timeout" : "timeout", null);
        finishGather(gathered, "");
    }

    private void finishGather(String digits, String finishedOnKey) {
        Element verb = gather;
        gather = null;
        call.cancelTimer();
        call.state(State.IN_PROGRESS);
        if (digits.isEmpty() && !boolAttr(verb, "actionOnEmptyResult", false)) {
            call.run(); // Twilio falls through to the next verb
            return;
        }
        Map<String, String> params = call.params();
        params.put("Digits", digits);
        params.put("FinishedOnKey", finishedOnKey);
        call.fetch(attr(verb, "method", "POST"), resolve(attr(verb, "action", "")), params);
    }

    // ---- Redirect, Message ------------------------------------------------------------------------------

    private void redirect(Element verb) {
        allow(verb, "method");
        String url = resolve(text(verb));
        call.transcript().add("redirect", "redirect to " + SandboxCall.path(url), call.activityId());
        call.fetch(attr(verb, "method", "POST"), url, call.params());
    }

    private void message(Element verb) {
        allow(verb, "to", "from", "action", "method", "statusCallback");
        Twiml.inert(verb, call.transcript(), "action", "statusCallback");
        String body = Messaging.body(verb);
        SentMessage message = new SentMessage(Sids.next("SM"), attr(verb, "from", call.to()), attr(verb, "to", call.from()),
                body, "twiml", Instant.now());
        call.context().messages().add(message);
        call.transcript().add("step", "text to " + message.to() + ": " + body, call.activityId());
    }

    void speak(int seconds, String text) {
        recorder.speak(seconds, text);
    }

    void finishRecording(String digits) {
        recorder.finish(digits);
    }

    // ---- endings ---------------------------------------------------------------------------------------

    void pickUp(String target, boolean answer) {
        dialing.pickUp(target, answer);
    }

    void dialTimedOut(int seq) {
        dialing.timedOut(seq);
    }

    void calleeHungUp() {
        dialing.calleeHungUp();
    }

    void leftConference(String conferenceSid, String why) {
        dialing.leftConference(conferenceSid, why);
    }

    void hold(boolean onHold, String holdUrl) {
        dialing.hold(onHold, holdUrl);
    }

    /** The caller is hanging up: a Record still sends its recording, a connected Dial its action. */
    void callerHangingUp() {
        if (call.state() == State.RECORDING) {
            recorder.finish("hangup");
        } else {
            dialing.callerHangingUp();
        }
    }

    /** A REST update or an error takes the call away from whatever it waited for. */
    void abandonWaiting() {
        gather = null;
        recorder.abandon();
        call.cancelTimer();
        dialing.abandon();
    }

    void requestIgnoringResponse(String method, String url, Map<String, String> params) {
        try {
            RingflowWebhooks.Reply reply = call.context().webhooks().send(method, url, params);
            call.transcript().add("step", method + " " + SandboxCall.path(url) + " -> " + reply.status()
                    + " (the caller hung up: the response is not played)", reply.activityId());
            if (!reply.ok()) {
                call.transcript().add("error", "HTTP " + reply.status() + " from " + SandboxCall.path(url), null);
            }
        } catch (RingflowWebhooks.WebhookException e) {
            call.transcript().add("error", e.getMessage(), null);
        }
    }

    /** An action URL as Twilio resolves it: absolute, relative to the current document, or the document itself. */
    String resolve(String url) {
        String base = call.documentUrl();
        if (url == null || url.isBlank()) {
            return base;
        }
        if (url.startsWith("http://") || url.startsWith("https://")) {
            return url;
        }
        return java.net.URI.create(base).resolve(url).toString();
    }
}
