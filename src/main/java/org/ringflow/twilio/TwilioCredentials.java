package org.ringflow.twilio;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The auth token in force. Without a configured one (the embedded default), a random token is made
 * for this run, so webhooks are still signed and checked: only the sandbox, which shares it, can call them.
 */
@Component
public class TwilioCredentials {

    private static final Logger log = LoggerFactory.getLogger(TwilioCredentials.class);

    private final String accountSid;
    private final String authToken;

    public TwilioCredentials(TwilioProperties properties) {
        if (properties.authToken().isBlank()) {
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            this.authToken = HexFormat.of().formatHex(bytes);
            log.info("ringflow.twilio.auth-token is not set: webhooks are signed with a token generated for this run (sandbox only)");
        } else {
            this.authToken = properties.authToken();
        }
        this.accountSid = properties.accountSid().isBlank() ? "AC" + "0".repeat(32) : properties.accountSid();
        if (!properties.validateSignatures()) {
            log.warn("ringflow.twilio.validate-signatures=false: Twilio webhooks are NOT checked. Never run like this in production.");
        }
    }

    public String accountSid() {
        return accountSid;
    }

    public String authToken() {
        return authToken;
    }
}
