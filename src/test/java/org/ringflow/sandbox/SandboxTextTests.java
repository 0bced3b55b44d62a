package org.ringflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Texts: the incoming-message webhook and the messaging TwiML Ringflow replies with. */
@SandboxTest
class SandboxTextTests {

    @Autowired
    Sandbox sandbox;

    @Autowired
    FakeRingflow ringflow;

    @BeforeEach
    void reset() {
        sandbox.reset();
        ringflow.reset();
    }

    @Test
    void sendsTwiliosMessageParameters() {
        ringflow.on("/sms", "<Response/>");

        TextScript text = sandbox.text("+15551234", "+15550100", "Hello there", List.of("https://cdn.example/photo.jpg"));

        assertThat(text.sid()).matches("SM[0-9a-f]{32}");
        assertThat(ringflow.last("/sms").params()).containsEntry("MessageSid", text.sid()).containsEntry("SmsSid", text.sid())
                .containsEntry("Body", "Hello there").containsEntry("From", "+15551234").containsEntry("To", "+15550100")
                .containsEntry("NumMedia", "1").containsEntry("MediaUrl0", "https://cdn.example/photo.jpg")
                .containsEntry("MediaContentType0", "image/jpeg").containsEntry("AccountSid", "AC" + "0".repeat(32));
        text.repliesNothing();
    }

    @Test
    void repliesGoToTheSenderUnlessTheMessageSaysOtherwise() {
        ringflow.on("/sms", params -> "<Response><Message>Thanks, " + params.get("Body") + "!</Message>"
                + "<Message to=\"+15559999\"><Body>From " + params.get("From") + "</Body></Message></Response>");

        sandbox.text("+15551234", "+15550100", "hi").repliesWith("Thanks, hi!").forwardsTo("+15559999", "From +15551234");

        assertThat(sandbox.messages()).extracting(SentMessage::from).containsOnly("+15550100");
    }

    @Test
    void repliesWithFailsWithTheTranscript() {
        ringflow.on("/sms", "<Response><Message>Something else</Message></Response>");

        assertThatThrownBy(() -> sandbox.text("+15551234", "+15550100", "hi").repliesWith("Welcome"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Something else");
    }

    @Test
    void anUnknownMessagingVerbIsAnError() {
        ringflow.on("/sms", "<Response><Say>Texts cannot talk</Say></Response>");

        assertThatThrownBy(() -> sandbox.text("+15551234", "+15550100", "hi")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("<Say>");
    }
}
