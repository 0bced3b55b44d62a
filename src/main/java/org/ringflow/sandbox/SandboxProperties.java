package org.ringflow.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sandbox, Ringflow's stand-in for Twilio.
 *
 * @param enabled   on/off; unset means on unless real Twilio credentials (account SID and auth token) are configured
 * @param voiceUrl  the path a sandbox call's first webhook goes to (Twilio's "A call comes in" URL on the number)
 * @param statusCallbackUrl the path the call status callback goes to when a call ends
 * @param smsUrl    the path an incoming text goes to (Twilio's "A message comes in" URL)
 */
@ConfigurationProperties("ringflow.sandbox")
public record SandboxProperties(
        Boolean enabled,
        @DefaultValue("/twilio/voice") String voiceUrl,
        @DefaultValue("/twilio/voice/status") String statusCallbackUrl,
        @DefaultValue("/twilio/sms") String smsUrl) {
}
