package org.ringflow.call;

/** The TwiML for a voice webhook, and the applet the flow waits in afterwards (null when it no longer waits). */
public record VoiceReply(String twiml, String waitingActivityId) {
}
