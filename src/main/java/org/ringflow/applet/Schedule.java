package org.ringflow.applet;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opening hours as people write them: {@code mon-fri 09:00-17:00; sat 10:00-14:00}. Days are ranges or
 * lists ({@code mon,wed}); a day may have several entries; an end of 24:00 means midnight.
 */
record Schedule(List<Opening> openings, Set<LocalDate> holidays) {

    record Opening(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    }

    private static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY,
            "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);
    private static final Pattern ENTRY = Pattern.compile("([a-z,\\-]+)\\s+(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2})");

    static Schedule parse(String schedule, String holidays) {
        List<Opening> openings = new ArrayList<>();
        for (String entry : schedule.toLowerCase().split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher m = ENTRY.matcher(entry.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + entry.trim() + "' is not like 'mon-fri 09:00-17:00'");
            }
            LocalTime from = LocalTime.parse(m.group(2));
            LocalTime to = m.group(3).equals("24:00") ? LocalTime.MAX : LocalTime.parse(m.group(3));
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("'" + entry.trim() + "' closes before it opens");
            }
            openings.add(new Opening(days(m.group(1)), from, to));
        }
        return new Schedule(openings, parseHolidays(holidays));
    }

    boolean isOpen(ZonedDateTime at) {
        if (holidays.contains(at.toLocalDate())) {
            return false;
        }
        LocalTime time = at.toLocalTime();
        return openings.stream().anyMatch(o -> o.days().contains(at.getDayOfWeek())
                && !time.isBefore(o.from()) && time.isBefore(o.to()));
    }

    static Optional<String> problem(String schedule) {
        try {
            if (parse(schedule, "").openings().isEmpty()) {
                return Optional.of("no opening hours given");
            }
            return Optional.empty();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.of(e.getMessage());
        }
    }

    static Optional<String> holidaysProblem(String holidays) {
        try {
            parseHolidays(holidays);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("'" + e.getParsedString() + "' is not a date like 2026-12-25");
        }
    }

    private static Set<LocalDate> parseHolidays(String holidays) {
        Set<LocalDate> dates = new java.util.HashSet<>();
        if (holidays != null) {
            for (String d : holidays.split("[,;\\s]+")) {
                if (!d.isBlank()) {
                    dates.add(LocalDate.parse(d.trim()));
                }
            }
        }
        return dates;
    }

    private static Set<DayOfWeek> days(String spec) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : spec.split(",")) {
            String[] range = part.split("-");
            DayOfWeek first = day(range[0]);
            DayOfWeek last = range.length > 1 ? day(range[1]) : first;
            for (DayOfWeek d = first; ; d = d.plus(1)) {
                days.add(d);
                if (d == last) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String name) {
        DayOfWeek day = DAYS.get(name.trim());
        if (day == null) {
            throw new IllegalArgumentException("'" + name + "' is not a day (mon, tue, wed, thu, fri, sat, sun)");
        }
        return day;
    }
}
