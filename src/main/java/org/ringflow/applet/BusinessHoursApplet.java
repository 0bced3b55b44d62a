package org.ringflow.applet;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/** Leaves by {@code open} or {@code closed}, by the schedule in its time zone; holidays are closed all day. */
@Component("businessHours")
class BusinessHoursApplet extends Applet {

    private static final AppletSpec SPEC = new AppletSpec("businessHours", "Business Hours", Channel.CALL, List.of(
            Option.of("timezone", "Time zone", Option.Type.TIMEZONE).asRequired(),
            Option.of("schedule", "Opening hours", Option.Type.SCHEDULE).asRequired(),
            Option.of("holidays", "Holidays", Option.Type.HOLIDAYS)),
            List.of("open", "closed"), List.of());

    private final Clock clock;

    BusinessHoursApplet(Clock clock) {
        this.clock = clock;
    }

    @Override
    public AppletSpec spec() {
        return SPEC;
    }

    @Override
    void start(AppletExecution run) {
        Schedule schedule = Schedule.parse(run.option("schedule"), run.option("holidays"));
        boolean open = schedule.isOpen(clock.instant().atZone(ZoneId.of(run.option("timezone"))));
        run.leave(open ? "open" : "closed");
    }
}
