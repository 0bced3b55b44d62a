package org.ringflow.applet;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Branch conditions in flows are always {@code ${outcome == 'x'}}: one place reads and writes them. */
public final class Outcomes {

    public static final String VARIABLE = "outcome";
    private static final Pattern CONDITION = Pattern.compile("^\\$\\{\\s*outcome\\s*==\\s*'([^'\\\\]{1,40})'\\s*}$");

    private Outcomes() {
    }

    /** The outcome a branch condition tests, or empty when the condition is not of the one allowed shape. */
    public static Optional<String> tested(String condition) {
        if (condition == null) {
            return Optional.empty();
        }
        Matcher m = CONDITION.matcher(condition.trim());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static String condition(String outcome) {
        return "${outcome == '" + outcome + "'}";
    }
}
