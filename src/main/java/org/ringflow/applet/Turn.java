package org.ringflow.applet;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Hangup;

/**
 * What Ringflow answers to one webhook: the TwiML that the flow's applets produce while the engine runs
 * them, up to the point where the flow waits for the caller or Twilio (then {@link #waiting()} says where).
 * Bound to the thread for the length of one engine call; applets reach it through {@link AppletExecution}.
 */
public final class Turn implements AutoCloseable {

    private static final ThreadLocal<Turn> CURRENT = new ThreadLocal<>();

    /** Where the flow waits, and the token its callback must carry. */
    public record Waiting(String executionId, String activityId, String step) {
    }

    private final String callSid;
    private final CallbackUrls urls;
    private final VoiceResponse.Builder voice = new VoiceResponse.Builder();
    private final MessagingResponse.Builder messaging = new MessagingResponse.Builder();
    private Waiting waiting;
    private boolean ended;
    private int verbs;

    private Turn(String callSid, CallbackUrls urls) {
        this.callSid = callSid;
        this.urls = urls;
    }

    /** Opens a turn for a call (or text) on this thread; close it when the engine has returned. */
    public static Turn open(String callSid, CallbackUrls urls) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("a turn is already open on this thread for " + CURRENT.get().callSid);
        }
        Turn turn = new Turn(callSid, urls);
        CURRENT.set(turn);
        return turn;
    }

    static Turn current() {
        Turn turn = CURRENT.get();
        if (turn == null) {
            throw new IllegalStateException("an applet ran outside a webhook turn");
        }
        return turn;
    }

    public String callSid() {
        return callSid;
    }

    /** The TwiML being built for a call. */
    VoiceResponse.Builder voice() {
        verbs++;
        return voice;
    }

    MessagingResponse.Builder messaging() {
        verbs++;
        return messaging;
    }

    CallbackUrls urls() {
        return urls;
    }

    void waitAt(String executionId, String activityId, String step) {
        this.waiting = new Waiting(executionId, activityId, step);
    }

    void hungUp() {
        this.ended = true;
    }

    public Waiting waiting() {
        return waiting;
    }

    public boolean isEmpty() {
        return verbs == 0;
    }

    /** The call's TwiML. When the flow no longer waits, the call ends here. */
    public String voiceTwiml() {
        if (waiting == null && !ended) {
            voice.hangup(new Hangup.Builder().build());
        }
        return voice.build().toXml();
    }

    public String messagingTwiml() {
        return messaging.build().toXml();
    }

    @Override
    public void close() {
        CURRENT.remove();
    }
}
