package org.ringflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SandboxEnabledConditionTests {

    @Test
    void isOnForTheEmbeddedDefault() {
        assertThat(SandboxEnabledCondition.enabled(new MockEnvironment())).isTrue();
    }

    @Test
    void isOnWithOnlyAnAuthToken() {
        MockEnvironment environment = new MockEnvironment().withProperty("ringflow.twilio.auth-token", "test-auth-token");
        assertThat(SandboxEnabledCondition.enabled(environment)).isTrue();
    }

    @Test
    void isOffWhenRealTwilioCredentialsAreConfigured() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("ringflow.twilio.account-sid", "AC" + "1".repeat(32))
                .withProperty("ringflow.twilio.auth-token", "secret");
        assertThat(SandboxEnabledCondition.enabled(environment)).isFalse();
    }

    @Test
    void anExplicitSettingWins() {
        MockEnvironment withCredentials = new MockEnvironment()
                .withProperty("ringflow.twilio.account-sid", "AC" + "1".repeat(32))
                .withProperty("ringflow.twilio.auth-token", "secret")
                .withProperty("ringflow.sandbox.enabled", "true");
        MockEnvironment embedded = new MockEnvironment().withProperty("ringflow.sandbox.enabled", "false");

        assertThat(SandboxEnabledCondition.enabled(withCredentials)).isTrue();
        assertThat(SandboxEnabledCondition.enabled(embedded)).isFalse();
    }
}
