package org.ringflow.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The app on a random port with the sandbox's number pointed at {@link FakeRingflow} (one shared context). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ringflow.sandbox.voice-url=/twilio/fake/voice",
        "ringflow.sandbox.status-callback-url=/twilio/fake/status",
        "ringflow.sandbox.sms-url=/twilio/fake/sms"})
@ActiveProfiles("test")
@Import(FakeRingflow.class)
public @interface SandboxTest {
}
