package org.ringflow.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * The people the sandbox rings: browsers (Voice SDK clients, by identity) and phone numbers. A ringing leg waits
 * here until someone answers or declines it, or its dial gives up. Numbers answer by a rule (default: nobody answers).
 */
@Component
@ConditionalOnSandbox
public class Callees {

    /** What a phone number does when the sandbox dials it. */
    public enum Rule { ANSWER, BUSY, FAIL, NO_ANSWER }

    interface Pickup {
        void answered(Ring ring);

        void declined(Ring ring);
    }

    /** A leg ringing at {@code target} (a client identity or an E.164 number) for the call {@code callSid}. */
    record Ring(String legSid, String target, String callSid, String from, Pickup pickup) {
    }

    private final List<Ring> ringing = new CopyOnWriteArrayList<>();
    private final Map<String, Rule> rules = new ConcurrentHashMap<>();

    public void rule(String number, Rule rule) {
        rules.put(number, rule);
    }

    Rule ruleFor(String number) {
        return rules.getOrDefault(number, Rule.NO_ANSWER);
    }

    void ring(Ring ring) {
        ringing.add(ring);
    }

    void stop(Ring ring) {
        ringing.remove(ring);
    }

    /** Client identities and numbers ringing for a call. */
    public List<String> ringingFor(String callSid) {
        return ringing.stream().filter(r -> r.callSid().equals(callSid)).map(Ring::target).distinct().toList();
    }

    /** The calls ringing a client identity or number right now, oldest first. */
    public List<String> callsRinging(String target) {
        return ringing.stream().filter(r -> r.target().equals(target)).map(Ring::callSid).toList();
    }

    Optional<Ring> find(String target, String callSid) {
        return ringing.stream().filter(r -> r.target().equals(target) && (callSid == null || r.callSid().equals(callSid)))
                .findFirst();
    }

    void reset() {
        new ArrayList<>(ringing).forEach(ringing::remove);
        rules.clear();
    }
}
