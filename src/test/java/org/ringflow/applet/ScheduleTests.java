package org.ringflow.applet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ScheduleTests {

    static final ZoneId NY = ZoneId.of("America/New_York");

    @Test
    void readsDayRangesListsAndSeveralEntries() {
        Schedule schedule = Schedule.parse("mon-wed,fri 09:00-12:00; mon-wed,fri 13:00-17:00; sun 10:00-24:00", "");

        assertThat(schedule.isOpen(ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, NY))).isTrue(); // Monday
        assertThat(schedule.isOpen(ZonedDateTime.of(2026, 11, 23, 12, 30, 0, 0, NY))).isFalse(); // lunch
        assertThat(schedule.isOpen(ZonedDateTime.of(2026, 11, 26, 10, 0, 0, 0, NY))).isFalse(); // Thursday
        assertThat(schedule.isOpen(ZonedDateTime.of(2026, 11, 29, 23, 59, 0, 0, NY))).isTrue(); // Sunday late
    }

    @Test
    void sayWhatIsWrongWithABadSchedule() {
        assertThat(Schedule.problem("mon-fri 9-5")).hasValueSatisfying(p -> assertThat(p).contains("mon-fri 9-5"));
        assertThat(Schedule.problem("funday 09:00-17:00")).hasValueSatisfying(p -> assertThat(p).contains("funday"));
        assertThat(Schedule.problem("mon 17:00-09:00")).hasValueSatisfying(p -> assertThat(p).contains("closes before"));
        assertThat(Schedule.problem("")).isPresent();
        assertThat(Schedule.holidaysProblem("2026-12-25, tomorrow")).hasValueSatisfying(p -> assertThat(p).contains("tomorrow"));
        assertThat(Schedule.problem("sat-mon 10:00-14:00")).isEmpty();
    }
}
