package org.ringflow.applet;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.ringflow.directory.Group;
import org.ringflow.directory.GroupRepository;
import org.ringflow.directory.User;
import org.ringflow.directory.UserRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Rings the AVAILABLE members of a group: all at once, one after another in member order, or one after
 * another starting after the member who was rung first last time (round-robin).
 */
@Component("ringGroup")
class RingGroupApplet extends Applet {

    private static final String QUEUE = "ringQueue";
    private static final String POSITION = "ringPosition";
    private static final AppletSpec SPEC = new AppletSpec("ringGroup", "Ring Group", Channel.CALL, List.of(
            Option.of("groupId", "Group", Option.Type.GROUP).asRequired(),
            Option.choice("strategy", "Strategy", "simultaneous", "simultaneous", "sequential", "round-robin"),
            Option.integer("timeoutSeconds", "Seconds to ring (each member, unless simultaneous)", 20, 5, 120)),
            List.of("answered", "no-answer", "unavailable"), List.of());

    private final GroupRepository groups;
    private final UserRepository users;
    private final RingCursors cursors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RingGroupApplet(GroupRepository groups, UserRepository users, RingCursors cursors,
            ApplicationEventPublisher events, Clock clock) {
        this.groups = groups;
        this.users = users;
        this.cursors = cursors;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public AppletSpec spec() {
        return SPEC;
    }

    @Override
    void start(AppletExecution run) {
        Group group = groups.findById(run.idOption("groupId")).orElse(null);
        List<Long> members = group == null ? List.of() : new ArrayList<>(group.getMemberIds());
        String strategy = run.option("strategy", "simultaneous");
        if (strategy.equals("round-robin") && !members.isEmpty()) {
            int start = cursors.next(group.getId(), members.size());
            List<Long> rotated = new ArrayList<>(members.subList(start, members.size()));
            rotated.addAll(members.subList(0, start));
            members = rotated;
        }
        List<User> available = available(members);
        if (available.isEmpty()) {
            run.leave("unavailable");
            return;
        }
        int timeout = run.intOption("timeoutSeconds", 20);
        if (strategy.equals("simultaneous")) {
            // Twilio's Dial action doesn't say which client answered, so who did is known only when one was rung
            run.setState(QUEUE, available.size() == 1 ? available.get(0).getId().toString() : "");
            run.setState(POSITION, 0);
            run.turn().voice().dial(Dialing.ringUsers(run, available, timeout));
            return;
        }
        run.setState(QUEUE, available.stream().map(u -> u.getId().toString()).collect(Collectors.joining(",")));
        run.setState(POSITION, 0);
        run.turn().voice().dial(Dialing.ringUsers(run, List.of(available.get(0)), timeout));
    }

    @Override
    void resume(AppletExecution run, Callback callback) {
        String outcome = Dialing.outcome(callback.dialStatus());
        List<Long> queue = queue(run);
        if (outcome.equals("answered")) {
            Long answeredBy = queue.isEmpty() ? null : queue.get((Integer) run.state(POSITION));
            events.publishEvent(new CallAnswered(run.callSid(), answeredBy, clock.instant()));
            run.leave("answered");
            return;
        }
        if (!queue.isEmpty()) {
            int position = (Integer) run.state(POSITION) + 1;
            List<User> next = position < queue.size() ? available(queue.subList(position, queue.size())) : List.of();
            if (!next.isEmpty()) {
                run.setState(POSITION, queue.indexOf(next.get(0).getId()));
                run.turn().voice().dial(Dialing.ringUsers(run, List.of(next.get(0)), run.intOption("timeoutSeconds", 20)));
                return;
            }
        }
        run.leave("no-answer");
    }

    private List<User> available(List<Long> ids) {
        List<User> found = users.findAllById(ids);
        return ids.stream()
                .flatMap(id -> found.stream().filter(u -> u.getId().equals(id)))
                .filter(User::isAvailable)
                .toList();
    }

    private static List<Long> queue(AppletExecution run) {
        String queue = (String) run.state(QUEUE);
        return queue == null || queue.isEmpty() ? List.of() : Arrays.stream(queue.split(",")).map(Long::valueOf).toList();
    }
}
