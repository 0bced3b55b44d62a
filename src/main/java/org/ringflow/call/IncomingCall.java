package org.ringflow.call;

/** An inbound call as Twilio announced it. */
public record IncomingCall(String callSid, String from, String to) {
}
