package org.ringflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxTest
class SandboxCliTests {

    @LocalServerPort
    int port;

    @Autowired
    FakeRingflow ringflow;

    @BeforeEach
    void reset() {
        ringflow.reset();
    }

    @Test
    void placesACallPressesAKeyAndPrintsTheTranscript() {
        ringflow.on("/voice", "<Response><Gather numDigits=\"1\" action=\"menu\"><Say>Press 2 for support</Say></Gather></Response>");
        ringflow.on("/menu", "<Response><Say>Connecting you to support</Say></Response>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = new SandboxCli(new PrintStream(out, true, StandardCharsets.UTF_8)).run(List.of("call",
                "--url", "http://127.0.0.1:" + port, "--user", "admin", "--password", "admin-password",
                "--from", "+15551234", "--to", "+15550100", "--press", "2"));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(printed).contains("say      Press 2 for support").contains("gather   pressed 2")
                .contains("say      Connecting you to support").contains(": ended");
    }
}
