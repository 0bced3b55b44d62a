package org.ringflow.applet;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.ringflow.directory.E164;

/**
 * One setting of an applet, written in BPMN as a camunda:inputParameter. Knows how to check a value.
 *
 * @param oneOf the name of a group of options of which exactly one is given (e.g. say / play)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Option(String name, String label, Type type, boolean required, String defaultValue,
                     List<String> choices, Integer min, Integer max, String oneOf) {

    public enum Type { TEXT, URL, INTEGER, BOOLEAN, CHOICE, USER, GROUP, PHONE_NUMBER, TIMEZONE, SCHEDULE, HOLIDAYS, VOICE, LANGUAGE }

    static Option text(String name, String label) {
        return new Option(name, label, Type.TEXT, false, null, null, null, null, null);
    }

    static Option of(String name, String label, Type type) {
        return new Option(name, label, type, false, null, null, null, null, null);
    }

    static Option integer(String name, String label, int defaultValue, int min, int max) {
        return new Option(name, label, Type.INTEGER, false, String.valueOf(defaultValue), null, min, max, null);
    }

    static Option choice(String name, String label, String defaultValue, String... choices) {
        return new Option(name, label, Type.CHOICE, false, defaultValue, List.of(choices), null, null, null);
    }

    Option asRequired() {
        return new Option(name, label, type, true, defaultValue, choices, min, max, oneOf);
    }

    Option withDefault(String value) {
        return new Option(name, label, type, required, value, choices, min, max, oneOf);
    }

    Option inGroup(String group) {
        return new Option(name, label, type, required, defaultValue, choices, min, max, group);
    }

    /** What is wrong with a given (non-blank) value, if anything. */
    Optional<String> problem(String value, References references) {
        if (value.contains("${") || value.contains("#{")) {
            return Optional.of(name + " may not contain an expression (${...} or #{...})");
        }
        return switch (type) {
            case TEXT -> value.length() > 4000 ? Optional.of(name + " is longer than 4000 characters") : Optional.empty();
            case URL -> value.matches("https?://\\S+") ? Optional.empty() : Optional.of(name + " must be an http(s) URL");
            case INTEGER -> integerProblem(value);
            case BOOLEAN -> value.equals("true") || value.equals("false")
                    ? Optional.empty() : Optional.of(name + " must be true or false");
            case CHOICE -> choices.contains(value)
                    ? Optional.empty() : Optional.of(name + " must be one of " + String.join(", ", choices));
            case USER -> idProblem(value, "user", references::userExists);
            case GROUP -> idProblem(value, "group", references::groupExists);
            case PHONE_NUMBER -> E164.isValid(value) ? Optional.empty() : Optional.of(name + " must be a phone number in E.164 (+15551234567)");
            case TIMEZONE -> timezoneProblem(value);
            case SCHEDULE -> Schedule.problem(value).map(p -> name + ": " + p);
            case HOLIDAYS -> Schedule.holidaysProblem(value).map(p -> name + ": " + p);
            case VOICE -> Speech.voice(value).isPresent() ? Optional.empty()
                    : Optional.of(name + " '" + value + "' is not a Twilio voice (e.g. alice, man, woman, Polly.Joanna)");
            case LANGUAGE -> Speech.language(value).isPresent() ? Optional.empty()
                    : Optional.of(name + " '" + value + "' is not a Twilio language code (e.g. en-US)");
        };
    }

    private Optional<String> integerProblem(String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if ((min != null && n < min) || (max != null && n > max)) {
                return Optional.of(name + " must be between " + min + " and " + max);
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(name + " must be a whole number");
        }
    }

    private Optional<String> idProblem(String value, String what, java.util.function.LongPredicate exists) {
        try {
            long id = Long.parseLong(value.trim());
            return exists.test(id) ? Optional.empty() : Optional.of(name + ": " + what + " " + id + " does not exist");
        } catch (NumberFormatException e) {
            return Optional.of(name + " must be the id of a " + what);
        }
    }

    private Optional<String> timezoneProblem(String value) {
        try {
            ZoneId.of(value.trim());
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of(name + " must be an IANA time zone such as America/New_York");
        }
    }
}
