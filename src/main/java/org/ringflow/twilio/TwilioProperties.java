package org.ringflow.twilio;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Ringflow talks to Twilio.
 *
 * @param accountSid          the Twilio account (AC...); empty on the embedded default, where the sandbox plays Twilio
 * @param authToken           signs webhooks and authenticates REST calls; generated per start when empty
 * @param validateSignatures  development switch: false accepts unsigned webhooks (a warning is logged at every start)
 * @param apiBaseUrl          where twilio-java's REST calls go; empty means api.twilio.com, the sandbox sets its own
 */
@ConfigurationProperties("ringflow.twilio")
public record TwilioProperties(
        @DefaultValue("") String accountSid,
        @DefaultValue("") String authToken,
        @DefaultValue("true") boolean validateSignatures,
        @DefaultValue("") String apiBaseUrl) {

    public boolean hasRealCredentials() {
        return !accountSid.isBlank() && !authToken.isBlank();
    }
}
