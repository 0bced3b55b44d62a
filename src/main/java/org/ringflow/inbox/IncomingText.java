package org.ringflow.inbox;

import java.util.List;

/** A text as Twilio delivered it. */
public record IncomingText(String messageSid, String from, String to, String body, List<String> mediaUrls) {
}
