package org.ringflow.sandbox;

import java.util.List;
import java.util.function.Consumer;
import org.ringflow.sandbox.SandboxCall.EndedBy;
import org.ringflow.sandbox.SandboxCall.State;

/**
 * A sandbox call driven step by step by a test, reading like what happens on the phone:
 * {@code sandbox.call(from, to).hears("Welcome").press("2").isRinging("alice").noAnswer().hears("leave a message")
 * .records(12).hangsUp()}. Nothing waits on a clock: the test says when a timeout passes ({@link #pressNothing},
 * {@link #noAnswer}). A failed expectation, or any error on the call, throws an AssertionError with the transcript.
 */
public final class CallScript {

    private final SandboxCall call;
    private int heardUpTo;
    private int errorsSeen;

    CallScript(SandboxCall call) {
        this.call = call;
        checkErrors();
    }

    public String sid() {
        return call.sid();
    }

    public SandboxCall call() {
        return call;
    }

    public Transcript transcript() {
        return call.transcript();
    }

    /** The last TwiML document Ringflow answered with (empty when there was none). */
    public String lastTwiml() {
        settleRecording();
        List<TranscriptEntry> twiml = call.transcript().entries().stream().filter(e -> e.kind().equals("twiml")).toList();
        return twiml.isEmpty() ? "" : twiml.get(twiml.size() - 1).text();
    }

    /** An XPath over the last TwiML, e.g. {@code twiml("/Response/Dial/@timeout")}; empty when nothing matches. */
    public String twiml(String xpath) {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document document = factory.newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new java.io.StringReader(lastTwiml())));
            return javax.xml.xpath.XPathFactory.newInstance().newXPath().evaluate(xpath, document);
        } catch (Exception e) {
            throw fail("cannot evaluate " + xpath + " on the last TwiML: " + e.getMessage());
        }
    }

    /** The caller heard a Say containing {@code text}, or a Play of that URL, after what was checked before. */
    public CallScript hears(String text) {
        settleRecording();
        List<TranscriptEntry> entries = call.transcript().entries();
        int index = 0;
        for (TranscriptEntry entry : entries) {
            boolean prompt = entry.kind().equals("say") || entry.kind().equals("play");
            if (index >= heardUpTo && prompt && entry.text().contains(text)) {
                heardUpTo = index + 1;
                return this;
            }
            index++;
        }
        throw fail("expected the caller to hear \"" + text + "\" (after what was heard before)");
    }

    public CallScript press(String digits) {
        return act(c -> c.press(digits));
    }

    /** The caller lets the Gather time out. */
    public CallScript pressNothing() {
        return act(SandboxCall::pressNothing);
    }

    /** Each target (a client identity or a number) is ringing for this call. */
    public CallScript isRinging(String... targets) {
        settleRecording();
        for (String target : targets) {
            if (!call.ringing().contains(target)) {
                throw fail("expected " + target + " to be ringing, ringing: " + call.ringing());
            }
        }
        return this;
    }

    /** A phone number is ringing for this call. */
    public CallScript isDialling(String number) {
        return isRinging(number);
    }

    /**
     * Ends the ringing the way a dial status says: completed (the first one ringing answers, talks 42 seconds, hangs up),
     * busy (everyone ringing declines) or no-answer (the timeout passes).
     */
    public CallScript dialEnds(String dialStatus) {
        List<String> ringing = call.ringing();
        return switch (dialStatus) {
            case "completed" -> {
                if (ringing.isEmpty()) {
                    throw fail("nobody is ringing to answer");
                }
                yield answers(ringing.get(0)).talks(42).calleeHangsUp();
            }
            case "busy" -> {
                ringing.forEach(this::declines);
                yield this;
            }
            case "no-answer" -> noAnswer();
            default -> throw fail("dialEnds(\"" + dialStatus + "\"): a person can only answer, decline or not answer");
        };
    }

    public CallScript answers(String target) {
        return act(c -> c.answer(target));
    }

    public CallScript declines(String target) {
        return act(c -> c.decline(target));
    }

    /** Nobody picks up before the Dial's timeout. */
    public CallScript noAnswer() {
        return act(SandboxCall::noAnswer);
    }

    /** Caller and callee talk (or sit in a conference) for a while: durations are counted in this virtual time. */
    public CallScript talks(int seconds) {
        return act(c -> c.talk(seconds));
    }

    public CallScript calleeHangsUp() {
        return act(SandboxCall::calleeHangsUp);
    }

    /** The caller leaves a message of {@code seconds} into a Record; it ends when the caller hangs up, presses a key or falls silent. */
    public CallScript records(int seconds) {
        return records(seconds, null);
    }

    public CallScript records(int seconds, String transcription) {
        return act(c -> c.speak(seconds, transcription));
    }

    /** The caller says nothing into a Record: Twilio skips its action and goes on with the next verb. */
    public CallScript recordsNothing() {
        act(c -> c.speak(0, null));
        settleRecording();
        return this;
    }

    /** The flow activity Ringflow last reported waiting at (X-Ringflow-Activity), or null. */
    public String activity() {
        settleRecording();
        return call.currentActivityId();
    }

    /** The same as {@link #endsCall()}: Ringflow hung up. */
    public CallScript isHungUp() {
        return endsCall();
    }

    /** The caller hangs up (a Record in progress is still delivered). Nothing happens if the call has ended already. */
    public CallScript hangsUp() {
        act(SandboxCall::hangUp);
        return this;
    }

    /** Ringflow ended the call (Hangup, end of TwiML, REST), not the caller. */
    public CallScript endsCall() {
        settleRecording();
        if (call.state() != State.ENDED || call.endedBy() != EndedBy.RINGFLOW) {
            throw fail("expected Ringflow to end the call; state " + call.state() + ", ended by " + call.endedBy());
        }
        return this;
    }

    public CallScript isRejected() {
        settleRecording();
        if (!call.isRejected()) {
            throw fail("expected Ringflow to reject the call");
        }
        return this;
    }

    public CallScript isConnected() {
        return isIn(State.CONNECTED);
    }

    public CallScript isInConference() {
        return isIn(State.CONFERENCE);
    }

    /** The call is waiting in a Gather. */
    public CallScript isWaitingForKeys() {
        return isIn(State.GATHERING);
    }

    public CallScript isIn(State state) {
        settleRecording();
        if (call.state() != state) {
            throw fail("expected the call to be " + state + " but it is " + call.state());
        }
        return this;
    }

    private CallScript act(Consumer<SandboxCall> step) {
        try {
            step.accept(call);
        } catch (IllegalStateException e) {
            throw fail(e.getMessage());
        }
        checkErrors();
        return this;
    }

    /** A recording the caller is still speaking into ends by silence before anything else is looked at. */
    private void settleRecording() {
        if (call.state() == State.RECORDING && lastRecordEntrySpoke()) {
            call.fallSilent();
        }
        checkErrors();
    }

    private boolean lastRecordEntrySpoke() {
        List<TranscriptEntry> entries = call.transcript().entries();
        TranscriptEntry last = entries.get(entries.size() - 1);
        return last.kind().equals("record") && last.text().startsWith("the caller speaks");
    }

    private void checkErrors() {
        List<String> errors = call.transcript().errors();
        if (errors.size() > errorsSeen) {
            errorsSeen = errors.size();
            throw fail("the sandbox call went wrong: " + errors.get(errors.size() - 1));
        }
    }

    private AssertionError fail(String message) {
        return new AssertionError(message + "\ntranscript of " + call.sid() + " (" + call.from() + " -> " + call.to() + "):\n"
                + call.transcript());
    }
}
