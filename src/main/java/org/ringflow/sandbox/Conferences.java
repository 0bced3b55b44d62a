package org.ringflow.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Conferences of sandbox calls ({@code <Dial><Conference>}) and of the callees Ringflow adds through the REST API.
 * A conference ends when its last participant leaves or one with endConferenceOnExit does.
 */
@Component
@ConditionalOnSandbox
public class Conferences {

    public static final class Conference {
        private final String sid = Sids.next("CF");
        private final String name;
        private final Instant created = Instant.now();
        private Instant updated = created;
        private String status = "init";
        final Map<String, Participant> participants = new LinkedHashMap<>();

        Conference(String name) {
            this.name = name;
        }

        public String sid() {
            return sid;
        }

        public String name() {
            return name;
        }

        public String status() {
            return status;
        }

        public Instant created() {
            return created;
        }

        public Instant updated() {
            return updated;
        }

        public List<Participant> participants() {
            return List.copyOf(participants.values());
        }
    }

    public static final class Participant {
        final String callSid;
        final SandboxCall call; // null for a callee Ringflow added
        final String target;
        final Instant created = Instant.now();
        String label;
        String status;
        boolean muted;
        boolean hold;
        boolean startOnEnter;
        boolean endOnExit;
        Callees.Ring ring;

        Participant(String callSid, SandboxCall call, String target) {
            this.callSid = callSid;
            this.call = call;
            this.target = target;
        }

        public String callSid() {
            return callSid;
        }

        public String label() {
            return label;
        }

        public String status() {
            return status;
        }

        public boolean muted() {
            return muted;
        }

        public boolean hold() {
            return hold;
        }

        public boolean startOnEnter() {
            return startOnEnter;
        }

        public boolean endOnExit() {
            return endOnExit;
        }

        public Instant created() {
            return created;
        }

        public String target() {
            return target;
        }
    }

    private final Callees callees;
    private final List<Conference> conferences = new ArrayList<>();

    Conferences(Callees callees) {
        this.callees = callees;
    }

    synchronized Conference join(String name, SandboxCall call, boolean startOnEnter, boolean endOnExit, boolean muted, String label) {
        Conference conference = conferences.stream().filter(c -> c.name.equals(name) && !c.status.equals("completed"))
                .findFirst().orElseGet(() -> {
                    Conference created = new Conference(name);
                    conferences.add(created);
                    return created;
                });
        Participant participant = new Participant(call.sid(), call, call.from());
        participant.status = "connected";
        participant.startOnEnter = startOnEnter;
        participant.endOnExit = endOnExit;
        participant.muted = muted;
        participant.label = label;
        conference.participants.put(call.sid(), participant);
        if (startOnEnter) {
            conference.status = "in-progress";
        }
        conference.updated = Instant.now();
        return conference;
    }

    /** Ringflow adds a callee (client:alice or a number) to a conference: it rings until answered. */
    synchronized Participant invite(Conference conference, String to, String label, boolean startOnEnter, boolean endOnExit,
            boolean muted) {
        String target = to.startsWith("client:") ? to.substring("client:".length()) : to;
        Participant participant = new Participant(Sids.next("CA"), null, target);
        participant.label = label;
        participant.startOnEnter = startOnEnter;
        participant.endOnExit = endOnExit;
        participant.muted = muted;
        participant.status = "ringing";
        conference.participants.put(participant.callSid, participant);
        Callees.Rule rule = target.startsWith("+") ? callees.ruleFor(target) : Callees.Rule.NO_ANSWER;
        switch (rule) {
            case ANSWER -> connected(conference, participant);
            case BUSY, FAIL -> conference.participants.remove(participant.callSid);
            case NO_ANSWER -> {
                String relatedCall = conference.participants.values().stream().filter(p -> p.call != null)
                        .map(p -> p.callSid).findFirst().orElse(participant.callSid);
                participant.ring = new Callees.Ring(participant.callSid, target, relatedCall, "conference " + conference.name,
                        new Callees.Pickup() {
                            @Override
                            public void answered(Callees.Ring ring) {
                                connected(conference, participant);
                            }

                            @Override
                            public void declined(Callees.Ring ring) {
                                leave(conference, participant.callSid);
                            }
                        });
                callees.ring(participant.ring);
                forEachCall(conference, c -> c.transcript().add("ringing", target + " is ringing (to join conference " + conference.name + ")", null));
            }
        }
        return participant;
    }

    private synchronized void connected(Conference conference, Participant participant) {
        participant.status = "connected";
        if (participant.startOnEnter) {
            conference.status = "in-progress";
        }
        forEachCall(conference, c -> c.transcript().add("dial", participant.target + " joins conference " + conference.name, null));
    }

    /** A participant leaves; the calls affected hear about it after the conference's lock is released. */
    void leave(Conference conference, String callSid) {
        List<Runnable> notices = new ArrayList<>();
        synchronized (this) {
            leave(conference, callSid, notices);
        }
        notices.forEach(Runnable::run);
    }

    void end(Conference conference) {
        List<Runnable> notices = new ArrayList<>();
        synchronized (this) {
            end(conference, notices);
        }
        notices.forEach(Runnable::run);
    }

    void update(Participant participant, Boolean hold, String holdUrl, Boolean muted) {
        boolean holdChanged;
        synchronized (this) {
            if (muted != null) {
                participant.muted = muted;
            }
            holdChanged = hold != null && hold != participant.hold;
            if (holdChanged) {
                participant.hold = hold;
            }
        }
        if (holdChanged && participant.call != null) {
            participant.call.hold(hold, holdUrl);
        }
    }

    private void leave(Conference conference, String callSid, List<Runnable> notices) {
        Participant participant = conference.participants.remove(callSid);
        if (participant == null) {
            return;
        }
        if (participant.ring != null) {
            callees.stop(participant.ring);
        }
        conference.updated = Instant.now();
        if (participant.call != null) {
            notices.add(() -> participant.call.leaveConference(conference.sid, "leaves conference " + conference.name));
        }
        if (participant.endOnExit || conference.participants.values().stream().noneMatch(p -> p.status.equals("connected"))) {
            end(conference, notices);
        }
    }

    private void end(Conference conference, List<Runnable> notices) {
        if (conference.status.equals("completed")) {
            return;
        }
        conference.status = "completed";
        conference.updated = Instant.now();
        for (Participant participant : List.copyOf(conference.participants.values())) {
            conference.participants.remove(participant.callSid);
            if (participant.ring != null) {
                callees.stop(participant.ring);
            }
            if (participant.call != null) {
                notices.add(() -> participant.call.leaveConference(conference.sid, "conference " + conference.name + " ended"));
            }
        }
    }

    public synchronized List<Conference> all() {
        return List.copyOf(conferences);
    }

    public synchronized Optional<Conference> find(String sid) {
        return conferences.stream().filter(c -> c.sid.equals(sid)).findFirst();
    }

    synchronized Optional<Participant> participant(Conference conference, String callSidOrLabel) {
        return conference.participants.values().stream()
                .filter(p -> p.callSid.equals(callSidOrLabel) || callSidOrLabel.equals(p.label)).findFirst();
    }

    private void forEachCall(Conference conference, java.util.function.Consumer<SandboxCall> action) {
        conference.participants.values().stream().filter(p -> p.call != null).forEach(p -> action.accept(p.call));
    }

    synchronized void reset() {
        conferences.clear();
    }
}
