package org.ringflow.applet;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.ringflow.directory.User;
import org.ringflow.directory.UserRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Rings one user on all their endpoints, if they are AVAILABLE; otherwise leaves by {@code unavailable}. */
@Component("ringUser")
class RingUserApplet extends Applet {

    private static final AppletSpec SPEC = new AppletSpec("ringUser", "Ring User", Channel.CALL, List.of(
            Option.of("userId", "User", Option.Type.USER).asRequired(),
            Option.integer("timeoutSeconds", "Seconds to ring", 20, 5, 120)),
            List.of("answered", "no-answer", "busy", "failed", "unavailable"), List.of());

    private final UserRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RingUserApplet(UserRepository users, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public AppletSpec spec() {
        return SPEC;
    }

    @Override
    void start(AppletExecution run) {
        Optional<User> user = users.findById(run.idOption("userId")).filter(User::isAvailable);
        if (user.isEmpty()) {
            run.leave("unavailable");
            return;
        }
        run.turn().voice().dial(Dialing.ringUsers(run, List.of(user.get()), run.intOption("timeoutSeconds", 20)));
    }

    @Override
    void resume(AppletExecution run, Callback callback) {
        String outcome = Dialing.outcome(callback.dialStatus());
        if (outcome.equals("answered")) {
            events.publishEvent(new CallAnswered(run.callSid(), run.idOption("userId"), clock.instant()));
        }
        run.leave(outcome);
    }
}
