package org.ringflow.directory;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers in E.164 (+ and up to 15 digits). Formatting characters are dropped; a ten-digit
 * number or an eleven-digit one starting with 1 is taken as North American, as Twilio's US numbers are.
 */
public final class E164 {

    private static final Pattern VALID = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern FORMATTING = Pattern.compile("[\\s().\\-]");

    private E164() {
    }

    /** The number in E.164, or empty when it can't be one. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String n = FORMATTING.matcher(raw.trim()).replaceAll("");
        if (n.startsWith("00")) {
            n = "+" + n.substring(2);
        } else if (!n.startsWith("+")) {
            if (n.length() == 10 && n.chars().allMatch(Character::isDigit)) {
                n = "+1" + n;
            } else if (n.length() == 11 && n.startsWith("1")) {
                n = "+" + n;
            } else {
                return Optional.empty();
            }
        }
        return VALID.matcher(n).matches() ? Optional.of(n) : Optional.empty();
    }

    public static boolean isValid(String raw) {
        return normalize(raw).isPresent();
    }
}
