package org.ringflow.sandbox;

import java.time.Instant;
import java.util.Map;

/** One request Ringflow made to the sandbox's Twilio REST API, as received. */
public record RestRequest(Instant at, String method, String path, Map<String, String> params, int status) {
}
