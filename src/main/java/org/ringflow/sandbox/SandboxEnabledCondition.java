package org.ringflow.sandbox;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@code ringflow.sandbox.enabled} decides when set; otherwise the sandbox is on exactly when no real Twilio
 * account is configured, so a production install never answers as Twilio by accident.
 */
public class SandboxEnabledCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return enabled(context.getEnvironment());
    }

    static boolean enabled(Environment environment) {
        String explicit = environment.getProperty("ringflow.sandbox.enabled");
        if (explicit != null && !explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.trim());
        }
        boolean realCredentials = !environment.getProperty("ringflow.twilio.account-sid", "").isBlank()
                && !environment.getProperty("ringflow.twilio.auth-token", "").isBlank();
        return !realCredentials;
    }
}
