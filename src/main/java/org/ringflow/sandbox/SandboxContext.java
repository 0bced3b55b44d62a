package org.ringflow.sandbox;

import java.util.List;
import org.ringflow.twilio.TwilioCredentials;

/** What a sandbox call needs from around it. */
record SandboxContext(RingflowWebhooks webhooks, Callees callees, Conferences conferences, Recordings recordings,
        SandboxProperties properties, TwilioCredentials credentials, List<SentMessage> messages) {
}
