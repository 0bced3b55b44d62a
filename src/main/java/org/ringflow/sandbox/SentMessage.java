package org.ringflow.sandbox;

import java.time.Instant;

/**
 * A text Ringflow sent through the sandbox, either as a {@code <Message>} in TwiML or through the REST API.
 *
 * @param via twiml or rest
 */
public record SentMessage(String sid, String from, String to, String body, String via, Instant at) {
}
