package org.ringflow.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ringflow.system.BadRequestException;

/** Turns request fields into domain values, or a 400 naming the field. */
final class RequestFields {

    private RequestFields() {
    }

    static String e164(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new BadRequestException(field, "is required");
        }
        return E164.normalize(raw)
                .orElseThrow(() -> new BadRequestException(field, "'" + raw + "' is not a phone number in E.164 (+ and up to 15 digits)"));
    }

    static String optionalE164(String field, String raw) {
        return raw == null || raw.isBlank() ? null : e164(field, raw);
    }

    static <E extends Enum<E>> E enumValue(String field, Class<E> type, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new BadRequestException(field, "is required; one of " + choices(type));
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(field, "'" + raw + "' is not one of " + choices(type));
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
