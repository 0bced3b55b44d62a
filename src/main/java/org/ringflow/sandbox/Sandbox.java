package org.ringflow.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ringflow.twilio.TwilioCredentials;
import org.springframework.stereotype.Component;

/**
 * The sandbox's front door for Java: place calls and texts to Ringflow as Twilio would, set how numbers answer,
 * and see what Ringflow asked of Twilio's REST API. Tests drive calls step by step through {@link CallScript}.
 */
@Component
@ConditionalOnSandbox
public class Sandbox {

    private static final int MAX_CALLS = 200;

    private final SandboxContext context;
    private final Map<String, SandboxCall> calls = new ConcurrentHashMap<>();
    private final List<RestRequest> requests = new CopyOnWriteArrayList<>();

    Sandbox(RingflowWebhooks webhooks, Callees callees, Conferences conferences, Recordings recordings,
            SandboxProperties properties, TwilioCredentials credentials) {
        this.context = new SandboxContext(webhooks, callees, conferences, recordings, properties, credentials,
                new CopyOnWriteArrayList<>());
    }

    /** A call from {@code from} to the Ringflow number {@code to}, driven by the test (no timers: it decides). */
    public CallScript call(String from, String to) {
        return new CallScript(place(from, to, null));
    }

    /** A text from {@code from} to the Ringflow number {@code to}; Ringflow's replies are known when this returns. */
    public TextScript text(String from, String to, String body) {
        return text(from, to, body, List.of());
    }

    public TextScript text(String from, String to, String body, List<String> mediaUrls) {
        return new TextScript(Messaging.deliver(context, from, to, body, mediaUrls));
    }

    /** How the phone number answers when Ringflow dials it. */
    public NumberRule number(String number) {
        return new NumberRule(context.callees(), number);
    }

    public List<SentMessage> messages() {
        return List.copyOf(context.messages());
    }

    /** Every request Ringflow made to the REST API, oldest first. */
    public List<RestRequest> requests() {
        return List.copyOf(requests);
    }

    public Optional<SandboxCall> find(String callSid) {
        return Optional.ofNullable(calls.get(callSid));
    }

    public Conferences conferences() {
        return context.conferences();
    }

    public Callees callees() {
        return context.callees();
    }

    /** Forgets calls, texts, requests, conferences and number rules (between tests). */
    public void reset() {
        calls.values().forEach(SandboxCall::hangUp);
        calls.clear();
        requests.clear();
        context.messages().clear();
        context.callees().reset();
        context.conferences().reset();
        context.recordings().reset();
    }

    SandboxCall place(String from, String to, Timers timers) {
        evictEnded();
        SandboxCall call = new SandboxCall(from, to, context, timers);
        calls.put(call.sid(), call);
        call.start();
        return call;
    }

    SandboxContext context() {
        return context;
    }

    void record(RestRequest request) {
        requests.add(request);
        if (requests.size() > 1000) {
            requests.remove(0);
        }
    }

    void sent(SentMessage message) {
        context.messages().add(message);
    }

    private void evictEnded() {
        if (calls.size() < MAX_CALLS) {
            return;
        }
        List<SandboxCall> ended = new ArrayList<>(calls.values().stream()
                .filter(c -> c.state() == SandboxCall.State.ENDED).toList());
        ended.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
        ended.stream().limit(ended.size() / 2 + 1).forEach(c -> calls.remove(c.sid()));
    }

    /** Sets what a phone number does when dialed. */
    public static final class NumberRule {
        private final Callees callees;
        private final String number;

        NumberRule(Callees callees, String number) {
            this.callees = callees;
            this.number = number;
        }

        public void answers() {
            callees.rule(number, Callees.Rule.ANSWER);
        }

        public void isBusy() {
            callees.rule(number, Callees.Rule.BUSY);
        }

        public void fails() {
            callees.rule(number, Callees.Rule.FAIL);
        }

        public void doesNotAnswer() {
            callees.rule(number, Callees.Rule.NO_ANSWER);
        }
    }
}
