package org.ringflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** "Test call" over HTTP as the web UI and the command line use it: admins only, real timers. */
@SandboxTest
class SandboxWebApiTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    Sandbox sandbox;

    @Autowired
    FakeRingflow ringflow;

    @Autowired
    org.ringflow.directory.UserRepository users;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;

    @BeforeEach
    void reset() {
        sandbox.reset();
        ringflow.reset();
        if (users.findByUsername("admin").isEmpty()) {
            users.save(new org.ringflow.directory.User("Admin", "admin", passwords.encode("admin-password"),
                    org.ringflow.directory.Role.ADMIN));
        }
    }

    @Test
    void placesACallPressesAKeyAndHangsUp() {
        ringflow.on("/voice", "<Response><Gather numDigits=\"1\" action=\"menu\"><Say>Press 2 for support</Say></Gather></Response>");
        ringflow.on("/menu", "<Response><Dial action=\"dialed\" timeout=\"20\"><Client>alice</Client></Dial></Response>");
        ringflow.on("/dialed", "<Response><Say>Goodbye</Say></Response>");

        Map<?, ?> placed = post("/api/sandbox/calls", Map.of("from", "+15551234", "to", "+15550100"), HttpStatus.CREATED);
        String id = (String) placed.get("id");
        assertThat(placed.get("state")).isEqualTo("gathering");
        assertThat(texts(placed)).contains("Press 2 for support");

        Map<?, ?> ringing = post("/api/sandbox/calls/" + id + "/press", Map.of("digits", "2"), HttpStatus.OK);
        assertThat(ringing.get("state")).isEqualTo("ringing");
        assertThat(ringing.get("ringing")).isEqualTo(List.of("alice"));

        post("/api/sandbox/calls/" + id + "/answer", Map.of("client", "alice"), HttpStatus.OK);
        Map<?, ?> ended = post("/api/sandbox/calls/" + id + "/hangup", Map.of("party", "callee"), HttpStatus.OK);
        assertThat(ended.get("state")).isEqualTo("ended");
        assertThat(texts(ended)).contains("Goodbye");

        Map<?, ?> fetched = http.withBasicAuth("admin", "admin-password").getForObject("/api/sandbox/calls/" + id, Map.class);
        assertThat(fetched.get("status")).isEqualTo("completed");
    }

    @Test
    void aGatherTimesOutOnARealTimer() throws InterruptedException {
        ringflow.on("/voice", "<Response><Gather timeout=\"1\"><Say>Anyone?</Say></Gather><Say>Nobody pressed</Say></Response>");

        String id = (String) post("/api/sandbox/calls", Map.of("from", "+15551234", "to", "+15550100"), HttpStatus.CREATED).get("id");

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Map<?, ?> call;
        do {
            Thread.sleep(200);
            call = http.withBasicAuth("admin", "admin-password").getForObject("/api/sandbox/calls/" + id, Map.class);
        } while (!"ended".equals(call.get("state")) && System.nanoTime() < deadline);
        assertThat(texts(call)).contains("Nobody pressed");
    }

    @Test
    void aDialNobodyAnswersTimesOutOnARealTimer() throws InterruptedException {
        ringflow.on("/voice", "<Response><Dial timeout=\"1\" action=\"dialed\"><Number>+15559999</Number></Dial></Response>");
        ringflow.on("/dialed", "<Response><Say>Nobody answered</Say></Response>");
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        http.withBasicAuth("admin", "admin-password").exchange("/api/sandbox/numbers", HttpMethod.PUT,
                new HttpEntity<>(Map.of("number", "+15559999", "rule", "no-answer"), json), Map.class);

        Map<?, ?> placed = post("/api/sandbox/calls", Map.of("from", "+15551234", "to", "+15550100"), HttpStatus.CREATED);
        assertThat(placed.get("ringing")).isEqualTo(List.of("+15559999"));

        Map<?, ?> call = waitUntilEnded((String) placed.get("id"));
        assertThat(texts(call)).contains("Nobody answered");
        assertThat(ringflow.last("/dialed").params()).containsEntry("DialCallStatus", "no-answer");
    }

    @Test
    void aNumberRuleMakesTheNumberAnswer() {
        ringflow.on("/voice", "<Response><Dial><Number>+15558888</Number></Dial></Response>");
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        http.withBasicAuth("admin", "admin-password").exchange("/api/sandbox/numbers", HttpMethod.PUT,
                new HttpEntity<>(Map.of("number", "+15558888", "rule", "answer"), json), Map.class);

        Map<?, ?> placed = post("/api/sandbox/calls", Map.of("from", "+15551234", "to", "+15550100"), HttpStatus.CREATED);

        assertThat(placed.get("state")).isEqualTo("connected");
    }

    private Map<?, ?> waitUntilEnded(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Map<?, ?> call;
        do {
            Thread.sleep(200);
            call = http.withBasicAuth("admin", "admin-password").getForObject("/api/sandbox/calls/" + id, Map.class);
        } while (!"ended".equals(call.get("state")) && System.nanoTime() < deadline);
        return call;
    }

    @Test
    void sendsATextAndShowsTheReplies() {
        ringflow.on("/sms", "<Response><Message>We got it</Message></Response>");

        Map<?, ?> result = post("/api/sandbox/texts", Map.of("from", "+15551234", "to", "+15550100", "body", "hi"), HttpStatus.OK);

        assertThat((List<?>) result.get("replies")).hasSize(1);
        assertThat(((Map<?, ?>) ((List<?>) result.get("replies")).get(0)).get("body")).isEqualTo("We got it");
    }

    @Test
    void listsTheRestRequestsRingflowMade() {
        sandbox.record(new RestRequest(java.time.Instant.now(), "POST", "/2010-04-01/Accounts/AC1/Messages.json", Map.of("Body", "x"), 201));

        ResponseEntity<String> requests = http.withBasicAuth("admin", "admin-password").getForEntity("/api/sandbox/requests", String.class);

        assertThat(requests.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(requests.getBody()).contains("/2010-04-01/Accounts/AC1/Messages.json");
    }

    @Test
    void isForAdminsOnly() {
        ResponseEntity<String> anonymous = http.getForEntity("/api/sandbox/requests", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void unsignedWebhooksAreRefusedSoTheSandboxsSignaturesAreProven() {
        ringflow.on("/voice", "<Response/>");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-Twilio-Signature", "forged=");

        ResponseEntity<String> forged = http.exchange("/twilio/fake/voice", HttpMethod.POST,
                new HttpEntity<>("CallSid=CA1&From=%2B15551234", headers), String.class);

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ringflow.received()).isEmpty();
    }

    private Map<?, ?> post(String path, Map<String, String> body, HttpStatus expected) {
        ResponseEntity<Map> response = http.withBasicAuth("admin", "admin-password").postForEntity(path, body, Map.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(expected);
        return response.getBody();
    }

    private static List<String> texts(Map<?, ?> call) {
        return ((List<?>) call.get("transcript")).stream().map(e -> String.valueOf(((Map<?, ?>) e).get("text"))).toList();
    }
}
