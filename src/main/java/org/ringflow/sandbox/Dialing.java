package org.ringflow.sandbox;

import static org.ringflow.sandbox.Twiml.allow;
import static org.ringflow.sandbox.Twiml.attr;
import static org.ringflow.sandbox.Twiml.intAttr;
import static org.ringflow.sandbox.Twiml.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ringflow.sandbox.SandboxCall.State;
import org.ringflow.sandbox.Twiml.TwimlException;
import org.w3c.dom.Element;

/**
 * {@code <Dial>}: rings browsers and numbers at once (first to answer wins), or puts the caller in a conference;
 * when the dialed side is done, requests the action URL with DialCallStatus, or goes on with the next verb.
 */
final class Dialing {

    private static final String[] DIAL_ATTRIBUTES = {"action", "method", "timeout", "callerId", "hangupOnStar",
            "timeLimit", "record", "recordingStatusCallback", "recordingStatusCallbackMethod",
            "recordingStatusCallbackEvent", "ringTone", "answerOnBridge", "trim", "sequential"};
    private static final String[] NOUN_ATTRIBUTES = {"url", "method", "statusCallback", "statusCallbackEvent",
            "statusCallbackMethod", "sendDigits"};

    private final SandboxCall call;
    private final VoiceVerbs verbs;
    private Element dial;
    private final List<Leg> legs = new ArrayList<>();
    private Leg connected;
    private long connectedAt;
    private Conferences.Conference conference;

    private static final class Leg {
        final String sid = Sids.next("CA");
        final String target;
        String status = "ringing";
        Callees.Ring ring;

        Leg(String target) {
            this.target = target;
        }
    }

    Dialing(SandboxCall call, VoiceVerbs verbs) {
        this.call = call;
        this.verbs = verbs;
    }

    boolean dial(Element verb) {
        allow(verb, DIAL_ATTRIBUTES);
        Twiml.inert(verb, call.transcript(), "hangupOnStar", "timeLimit", "record", "recordingStatusCallback", "ringTone",
                "answerOnBridge", "trim", "sequential");
        dial = verb;
        legs.clear();
        connected = null;
        List<Element> nouns = Twiml.children(verb);
        if (nouns.isEmpty()) {
            if (text(verb).isEmpty()) {
                throw new TwimlException("<Dial> has nothing to dial");
            }
            legs.add(new Leg(text(verb)));
        }
        for (Element noun : nouns) {
            switch (noun.getTagName()) {
                case "Client" -> legs.add(new Leg(clientIdentity(noun)));
                case "Number" -> {
                    allow(noun, NOUN_ATTRIBUTES);
                    if (noun.hasAttribute("url")) {
                        throw new TwimlException("<Number url=...> (a whisper to the callee) is not emulated by the sandbox");
                    }
                    Twiml.inert(noun, call.transcript(), "statusCallback", "statusCallbackEvent", "sendDigits");
                    legs.add(new Leg(text(noun)));
                }
                case "Conference" -> {
                    if (nouns.size() > 1) {
                        throw new TwimlException("<Dial> with a <Conference> cannot dial anything else");
                    }
                    return joinConference(noun);
                }
                default -> throw new TwimlException("<Dial><" + noun.getTagName() + "> is not emulated by the sandbox");
            }
        }
        int timeout = intAttr(verb, "timeout", 30);
        call.transcript().add("dial", "dialing " + String.join(", ", legs.stream().map(l -> l.target).toList())
                + " (timeout " + timeout + "s" + (verb.hasAttribute("callerId") ? ", callerId " + attr(verb, "callerId", "") : "")
                + ")", call.activityId());
        for (Leg leg : legs) {
            ringOrResolve(leg);
            if (connected != null) {
                return false;
            }
        }
        if (legs.stream().noneMatch(l -> l.status.equals("ringing"))) {
            finish(aggregateStatus());
            return false;
        }
        call.await(State.RINGING, timeout, this::timedOut);
        return false;
    }

    private String clientIdentity(Element noun) {
        allow(noun, NOUN_ATTRIBUTES);
        Twiml.inert(noun, call.transcript(), "statusCallback", "statusCallbackEvent");
        for (Element child : Twiml.children(noun)) {
            if (child.getTagName().equals("Identity")) {
                return text(child);
            }
            if (!child.getTagName().equals("Parameter")) {
                throw new TwimlException("<Client> cannot contain <" + child.getTagName() + ">");
            }
        }
        if (noun.hasAttribute("url")) {
            throw new TwimlException("<Client url=...> (a whisper to the callee) is not emulated by the sandbox");
        }
        return text(noun);
    }

    private void ringOrResolve(Leg leg) {
        if (leg.target.startsWith("+")) {
            switch (call.context().callees().ruleFor(leg.target)) {
                case ANSWER -> {
                    connect(leg);
                    return;
                }
                case BUSY -> {
                    leg.status = "busy";
                    call.transcript().add("dial", leg.target + " is busy", null);
                    return;
                }
                case FAIL -> {
                    leg.status = "failed";
                    call.transcript().add("dial", leg.target + " cannot be reached", null);
                    return;
                }
                case NO_ANSWER -> { }
            }
        }
        leg.ring = new Callees.Ring(leg.sid, leg.target, call.sid(), call.from(), new Callees.Pickup() {
            @Override
            public void answered(Callees.Ring ring) {
                connect(leg);
            }

            @Override
            public void declined(Callees.Ring ring) {
                declinedBy(leg);
            }
        });
        call.context().callees().ring(leg.ring);
        call.transcript().add("ringing", leg.target.startsWith("+") ? leg.target + " is ringing" : leg.target + "'s browser is ringing", null);
    }

    void pickUp(String target, boolean answer) {
        Callees.Ring ring = call.context().callees().find(target, call.sid()).orElseThrow(() ->
                new IllegalStateException(target + " is not ringing for this call (ringing: " + call.ringing() + ")"));
        call.context().callees().stop(ring);
        if (answer) {
            ring.pickup().answered(ring);
        } else {
            ring.pickup().declined(ring);
        }
    }

    private void connect(Leg leg) {
        stopRinging();
        leg.status = "completed";
        connected = leg;
        connectedAt = call.elapsedSeconds();
        call.cancelTimer();
        call.state(State.CONNECTED);
        call.transcript().add("dial", leg.target + " answers: connected", null);
    }

    private void declinedBy(Leg leg) {
        leg.status = "busy";
        call.transcript().add("dial", leg.target + " declines", null);
        if (legs.stream().noneMatch(l -> l.status.equals("ringing"))) {
            finish(aggregateStatus());
        }
    }

    void timedOut(int seq) {
        if (call.state() != State.RINGING || seq != call.waitSeq()) {
            if (!call.timed()) {
                throw new IllegalStateException("the call is not ringing anyone (state " + call.state() + ")");
            }
            return;
        }
        stopRinging();
        legs.stream().filter(l -> l.status.equals("ringing")).forEach(l -> l.status = "no-answer");
        call.advance(intAttr(dial, "timeout", 30));
        call.transcript().add("dial", "nobody answers within " + intAttr(dial, "timeout", 30) + "s", null);
        finish(aggregateStatus());
    }

    void calleeHungUp() {
        if (call.state() != State.CONNECTED) {
            throw new IllegalStateException("the call is not connected to anyone (state " + call.state() + ")");
        }
        call.transcript().add("dial", connected.target + " hangs up", null);
        finish("completed");
    }

    void callerHangingUp() {
        if (call.state() == State.CONNECTED) {
            Map<String, String> params = dialParams("completed");
            params.put("CallStatus", "completed");
            if (dial.hasAttribute("action")) {
                verbs.requestIgnoringResponse(attr(dial, "method", "POST"), verbs.resolve(attr(dial, "action", "")), params);
            }
        }
        abandon();
    }

    /** The conference this call sits in ended or let it go: the Dial is over. */
    void leftConference(String conferenceSid, String why) {
        if (call.state() != State.CONFERENCE || conference == null || !conference.sid().equals(conferenceSid)) {
            return;
        }
        call.transcript().add("dial", why, null);
        conference = null;
        finish("completed");
    }

    void hold(boolean onHold, String holdUrl) {
        call.transcript().add("dial", onHold ? "on hold" : "off hold", null);
        if (onHold) {
            call.transcript().add("play", holdUrl == null ? "Twilio's default hold music" : holdUrl, null);
        }
    }

    void abandon() {
        stopRinging();
        if (conference != null) {
            Conferences.Conference left = conference;
            conference = null;
            call.context().conferences().leave(left, call.sid());
        }
        connected = null;
        dial = null;
    }

    private boolean joinConference(Element noun) {
        allow(noun, "muted", "beep", "startConferenceOnEnter", "endConferenceOnExit", "waitUrl", "waitMethod",
                "maxParticipants", "record", "region", "trim", "coach", "statusCallbackEvent", "statusCallback",
                "statusCallbackMethod", "recordingStatusCallback", "recordingStatusCallbackMethod",
                "recordingStatusCallbackEvent", "eventCallbackUrl", "jitterBufferSize", "participantLabel");
        Twiml.inert(noun, call.transcript(), "beep", "waitUrl", "maxParticipants", "record", "coach", "statusCallback",
                "recordingStatusCallback", "eventCallbackUrl");
        String name = text(noun);
        conference =  call.context().conferences().join(name, call, Twiml.boolAttr(noun, "startConferenceOnEnter", true),
                Twiml.boolAttr(noun, "endConferenceOnExit", false), Twiml.boolAttr(noun, "muted", false),
                attr(noun, "participantLabel", null));
        call.transcript().add("dial", "joins conference " + name + " (" + conference.sid() + ")", call.activityId());
        call.await(State.CONFERENCE, 0, null);
        return false;
    }

    private void finish(String status) {
        Element verb = dial;
        Leg answered = connected;
        long duration = answered == null ? 0 : call.elapsedSeconds() - connectedAt;
        Map<String, String> params = dialParams(status);
        if (answered == null) {
            params.remove("DialCallDuration");
        }
        abandon();
        call.cancelTimer();
        call.state(State.IN_PROGRESS);
        call.transcript().add("dial", "dial ended: " + status + (answered == null ? "" : " after " + duration + "s"), null);
        if (verb.hasAttribute("action")) {
            call.fetch(attr(verb, "method", "POST"), verbs.resolve(attr(verb, "action", "")), params);
        } else {
            call.run();
        }
    }

    private Map<String, String> dialParams(String status) {
        Map<String, String> params = call.params();
        params.put("DialCallStatus", status);
        Leg leg = connected != null ? connected : legs.isEmpty() ? null : legs.get(0);
        if (leg != null) {
            params.put("DialCallSid", leg.sid);
        }
        params.put("DialCallDuration", String.valueOf(connected == null ? 0 : call.elapsedSeconds() - connectedAt));
        params.put("DialBridged", String.valueOf(connected != null));
        return params;
    }

    private String aggregateStatus() {
        if (legs.stream().anyMatch(l -> l.status.equals("busy"))) {
            return "busy";
        }
        if (legs.stream().anyMatch(l -> l.status.equals("failed")) && legs.stream().noneMatch(l -> l.status.equals("no-answer"))) {
            return "failed";
        }
        return "no-answer";
    }

    private void stopRinging() {
        for (Leg leg : legs) {
            if (leg.ring != null) {
                call.context().callees().stop(leg.ring);
                leg.ring = null;
            }
        }
    }
}
