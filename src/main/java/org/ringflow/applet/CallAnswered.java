package org.ringflow.applet;

import java.time.Instant;

/** A ring applet's call was picked up; {@code userId} is who answered when Ringflow knows it. */
public record CallAnswered(String callSid, Long userId, Instant at) {
}
