package org.ringflow.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import org.ringflow.sandbox.RingflowWebhooks.Reply;
import org.ringflow.sandbox.RingflowWebhooks.WebhookException;
import org.ringflow.sandbox.Twiml.TwimlException;
import org.w3c.dom.Element;

/**
 * One inbound call the sandbox places to Ringflow, interpreted the way Twilio does: it requests the number's voice
 * URL, runs the TwiML verbs in order, and stops where Twilio would wait for the caller (Gather, Record), for a
 * callee (Dial) or for a conference. Inputs (keys, answers, hang-ups, REST updates) move it on from there.
 * Every public method takes the call's lock; REST updates that arrive while it is busy wait in {@link #submit}.
 */
public final class SandboxCall {

    public enum State { STARTING, IN_PROGRESS, GATHERING, RECORDING, RINGING, CONNECTED, CONFERENCE, ENDED }

    public enum EndedBy { CALLER, RINGFLOW, ERROR }

    private final String sid = Sids.next("CA");
    private final String from;
    private final String to;
    private final SandboxContext context;
    private final Timers timers;
    private final Transcript transcript = new Transcript();
    private final ReentrantLock lock = new ReentrantLock();
    private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private final Instant createdAt = Instant.now();
    private final VoiceVerbs verbs;

    private final Deque<Element> remaining = new ArrayDeque<>();
    private String documentUrl;
    private String activityId;
    private volatile State state = State.STARTING;
    private boolean answered;
    private boolean rejected;
    private EndedBy endedBy;
    private String finalStatus;
    private Instant endedAt;
    private long virtualSeconds;
    private Future<?> timer;
    private int waitSeq;

    SandboxCall(String from, String to, SandboxContext context, Timers timers) {
        this.from = from;
        this.to = to;
        this.context = context;
        this.timers = timers;
        this.verbs = new VoiceVerbs(this);
    }

    // ---- reading -------------------------------------------------------------------------------------------

    public String sid() {
        return sid;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public State state() {
        return state;
    }

    public Transcript transcript() {
        return transcript;
    }

    public boolean isRejected() {
        return rejected;
    }

    public EndedBy endedBy() {
        return endedBy;
    }

    /** Twilio's final CallStatus (completed, busy, failed, no-answer, canceled); null while the call is live. */
    public String finalStatus() {
        return finalStatus;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public List<String> ringing() {
        return context.callees().ringingFor(sid);
    }

    public String currentActivityId() {
        return activityId;
    }

    boolean timed() {
        return timers != null;
    }

    SandboxContext context() {
        return context;
    }

    // ---- inputs -------------------------------------------------------------------------------------------

    void start() {
        locked(() -> {
            transcript.add("step", "call from " + from + " to " + to + " (" + sid + ")", null);
            Map<String, String> params = params();
            params.put("CallStatus", "ringing");
            fetch("POST", context.webhooks().publicUrl(context.properties().voiceUrl()), params);
        });
    }

    /** The caller presses keys (a Gather collects them; a Record may finish on one). */
    public void press(String digits) {
        locked(() -> verbs.press(digits));
    }

    /** The caller lets a Gather time out without pressing anything. */
    public void pressNothing() {
        locked(() -> verbs.gatherTimedOut(waitSeq));
    }

    /** The caller speaks into a Record for a number of seconds; the recording ends at the next input or by silence. */
    public void speak(int seconds, String transcription) {
        locked(() -> verbs.speak(seconds, transcription));
    }

    /** The caller falls silent: a Record in progress ends by its timeout. */
    public void fallSilent() {
        locked(() -> verbs.finishRecording(""));
    }

    public void answer(String target) {
        locked(() -> verbs.pickUp(target, true));
    }

    public void decline(String target) {
        locked(() -> verbs.pickUp(target, false));
    }

    /** Nobody answers: the Dial's timeout passes. */
    public void noAnswer() {
        locked(() -> verbs.dialTimedOut(waitSeq));
    }

    /** Time passes on a connected call or in a conference (scripted calls have a virtual clock). */
    public void talk(int seconds) {
        locked(() -> virtualSeconds += seconds);
    }

    public void calleeHangsUp() {
        locked(verbs::calleeHungUp);
    }

    public void hangUp() {
        locked(() -> {
            if (state == State.ENDED) {
                return;
            }
            transcript.add("hangup", "the caller hangs up", null);
            verbs.callerHangingUp();
            if (state != State.ENDED) {
                end("completed", EndedBy.CALLER);
            }
        });
    }

    /** Runs an outside change (REST update, conference event) now if the call is idle, else as soon as it is. */
    void submit(Runnable change) {
        pending.add(change);
        if (!lock.isHeldByCurrentThread()) {
            drainWhenFree();
        }
    }

    /** Runs queued changes unless another thread holds the call; that thread re-checks the queue after unlocking. */
    private void drainWhenFree() {
        while (!pending.isEmpty() && lock.tryLock()) {
            try {
                drain();
            } finally {
                lock.unlock();
            }
        }
    }

    /** The conference this call sits in let it go (kicked, or the conference ended). */
    void leaveConference(String conferenceSid, String why) {
        submit(() -> {
            if (state == State.CONFERENCE) {
                verbs.leftConference(conferenceSid, why);
            }
        });
    }

    void hold(boolean onHold, String holdUrl) {
        submit(() -> {
            if (state == State.CONFERENCE) {
                verbs.hold(onHold, holdUrl);
            }
        });
    }

    /** A REST update: new TwiML or URL (the current verb is abandoned) or Status=completed. */
    void redirectFromRest(String twiml, String url, String method, String status) {
        submit(() -> {
            if (state == State.ENDED) {
                return;
            }
            verbs.abandonWaiting();
            if (status != null && (status.equals("completed") || status.equals("canceled"))) {
                transcript.add("hangup", "Ringflow ends the call (REST Status=" + status + ")", null);
                end("completed", EndedBy.RINGFLOW);
            } else if (twiml != null) {
                transcript.add("redirect", "the call is updated with new TwiML (REST)", null);
                load(twiml, documentUrl, null);
                run();
            } else if (url != null) {
                transcript.add("redirect", "the call is redirected to " + url + " (REST)", null);
                fetch(method == null ? "POST" : method, url, params());
            }
        });
    }

    // ---- interpreting ---------------------------------------------------------------------------------------

    private void locked(Runnable action) {
        lock.lock();
        try {
            action.run();
            drain();
        } finally {
            lock.unlock();
        }
        if (lock.getHoldCount() == 0) {
            drainWhenFree(); // a change may have been queued between the last drain and the unlock
        }
    }

    private void drain() {
        Runnable next;
        while ((next = pending.poll()) != null) {
            next.run();
        }
    }

    /** Requests TwiML from Ringflow and runs it. */
    void fetch(String method, String url, Map<String, String> params) {
        fetchThen(method, url, params, null);
    }

    /** Like {@link #fetch}, with something to do once the TwiML has arrived and before it runs. */
    void fetchThen(String method, String url, Map<String, String> params, Runnable beforeRunning) {
        Reply reply;
        try {
            reply = context.webhooks().send(method, url, params);
        } catch (WebhookException e) {
            fail(e.getMessage());
            return;
        }
        activityId = reply.activityId(); // where the flow now waits; none once it has ended
        transcript.add("step", method + " " + path(url) + describe(params) + " -> " + reply.status(), reply.activityId());
        if (!reply.ok()) {
            fail("HTTP " + reply.status() + " from " + path(url) + " (Twilio error 11200: the caller hears an application error)");
            return;
        }
        if (beforeRunning != null) {
            beforeRunning.run();
        }
        if (!pending.isEmpty()) {
            transcript.add("step", "the call was updated meanwhile: this response is ignored, as Twilio would", null);
            return;
        }
        load(reply.body(), url, reply.activityId());
        run();
    }

    private void load(String xml, String url, String activity) {
        transcript.add("twiml", xml == null ? "" : xml.trim(), activity);
        remaining.clear();
        try {
            remaining.addAll(Twiml.parseVerbs(xml));
            documentUrl = url;
        } catch (TwimlException e) {
            fail(e.getMessage());
        }
    }

    /** Runs verbs until one waits or the document ends (the call then hangs up). */
    void run() {
        while (state != State.ENDED) {
            Element verb = remaining.poll();
            if (verb == null) {
                transcript.add("hangup", "end of TwiML: the call hangs up", activityId);
                end("completed", EndedBy.RINGFLOW);
                return;
            }
            if (!answered && !verb.getTagName().equals("Reject")) {
                answered = true;
            }
            state = State.IN_PROGRESS;
            try {
                if (!verbs.execute(verb)) {
                    return; // waiting, or the verb moved the call on itself
                }
            } catch (TwimlException e) {
                fail(e.getMessage());
                return;
            }
        }
    }

    void fail(String message) {
        transcript.add("error", message, activityId);
        if (state != State.ENDED) {
            verbs.abandonWaiting();
            end(answered ? "completed" : "failed", EndedBy.ERROR);
        }
    }

    void reject(String reason) {
        rejected = true;
        transcript.add("hangup", "Ringflow rejects the call (" + reason + ")", activityId);
        end(answered ? "completed" : reason.equals("busy") ? "busy" : "no-answer", EndedBy.RINGFLOW);
    }

    void end(String status, EndedBy by) {
        if (state == State.ENDED) {
            return;
        }
        cancelTimer();
        state = State.ENDED;
        endedBy = by;
        finalStatus = status;
        endedAt = Instant.now();
        remaining.clear();
        Map<String, String> params = params();
        params.put("CallStatus", status);
        params.put("CallDuration", String.valueOf(answered ? elapsedSeconds() : 0));
        params.put("Timestamp", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(endedAt.atZone(java.time.ZoneOffset.UTC)));
        params.put("CallbackSource", "call-progress-events");
        params.put("SequenceNumber", "0");
        callback("status callback (CallStatus=" + status + ")", context.webhooks().publicUrl(context.properties().statusCallbackUrl()), params);
    }

    /** A fire-and-forget callback (status, recording, transcription): the response is not TwiML. */
    void callback(String what, String url, Map<String, String> params) {
        try {
            Reply reply = context.webhooks().send("POST", url, params);
            transcript.add("callback", what + ": POST " + path(url) + " -> " + reply.status(), reply.activityId());
            if (!reply.ok()) {
                transcript.add("error", "Ringflow answered the " + what + " with HTTP " + reply.status(), null);
            }
        } catch (WebhookException e) {
            transcript.add("error", what + ": " + e.getMessage(), null);
        }
    }

    // ---- shared with the verbs ---------------------------------------------------------------------------

    Deque<Element> remaining() {
        return remaining;
    }

    String documentUrl() {
        return documentUrl;
    }

    String activityId() {
        return activityId;
    }

    void state(State next) {
        state = next;
    }

    void advance(long seconds) {
        virtualSeconds += seconds;
    }

    long elapsedSeconds() {
        return timed() ? Duration.between(createdAt, endedAt == null ? Instant.now() : endedAt).toSeconds() : virtualSeconds;
    }

    int waitSeq() {
        return waitSeq;
    }

    /** Starts waiting; in timed mode the task runs after the timeout unless the wait ends first. */
    int await(State waiting, long timeoutSeconds, java.util.function.IntConsumer onTimeout) {
        cancelTimer();
        state = waiting;
        int seq = ++waitSeq;
        if (timers != null && onTimeout != null) {
            timer = timers.schedule(() -> locked(() -> onTimeout.accept(seq)), timeoutSeconds);
        }
        return seq;
    }

    void cancelTimer() {
        waitSeq++;
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    /** The parameters Twilio sends with every voice request for this call. */
    Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", context.credentials().accountSid());
        params.put("ApiVersion", "2010-04-01");
        params.put("CallSid", sid);
        params.put("CallStatus", state == State.ENDED ? finalStatus : "in-progress");
        params.put("Called", to);
        params.put("Caller", from);
        params.put("Direction", "inbound");
        params.put("From", from);
        params.put("To", to);
        return params;
    }

    static String path(String url) {
        int scheme = url.indexOf("://");
        int slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        return slash < 0 ? url : url.substring(slash);
    }

    private static final List<String> INTERESTING = List.of("Digits", "DialCallStatus", "RecordingDuration", "CallStatus");

    private static String describe(Map<String, String> params) {
        StringBuilder text = new StringBuilder();
        for (String name : INTERESTING) {
            if (params.containsKey(name)) {
                text.append(text.isEmpty() ? " (" : ", ").append(name).append('=').append(params.get(name));
            }
        }
        return text.isEmpty() ? "" : text.append(')').toString();
    }
}
