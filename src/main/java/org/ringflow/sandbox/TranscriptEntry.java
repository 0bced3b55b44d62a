package org.ringflow.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One line of what happened on a sandbox call.
 *
 * @param kind say, play, gather, dial, ringing, record, redirect, callback, twiml, hangup, error or step
 * @param activityId the flow activity Ringflow reported waiting at (X-Ringflow-Activity), when it did
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TranscriptEntry(Instant at, String kind, String text, String activityId) {

    @Override
    public String toString() {
        return String.format("%-8s %s%s", kind, text, activityId == null ? "" : "   [" + activityId + "]");
    }
}
