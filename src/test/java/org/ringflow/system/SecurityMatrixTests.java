package org.ringflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ringflow.directory.Role;
import org.ringflow.directory.User;
import org.ringflow.directory.UserRepository;
import org.ringflow.test.RingflowWebTest;
import org.ringflow.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Who may do what, over real HTTP with HTTP Basic: each role and anonymous against each endpoint family.
 * 2xx = allowed; 403 = logged in but not allowed; 401 = not logged in.
 */
@RingflowWebTest
class SecurityMatrixTests {

    private static final AtomicInteger UNIQUE = new AtomicInteger(7000000);
    private static final int OK = 200;
    private static final int CREATED = 201;
    private static final int FORBIDDEN = 403;
    private static final int UNAUTHORIZED = 401;

    @LocalServerPort
    int port;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void peopleInEachRole() {
        TestUsers testUsers = new TestUsers(users, passwordEncoder);
        testUsers.ensure("matrix-agent", Role.AGENT);
        testUsers.ensure("matrix-analyst", Role.ANALYST);
    }

    enum As {
        ADMIN("admin", "admin-password"), AGENT("matrix-agent", TestUsers.PASSWORD),
        ANALYST("matrix-analyst", TestUsers.PASSWORD), ANONYMOUS(null, null);

        final String username;
        final String password;

        As(String username, String password) {
            this.username = username;
            this.password = password;
        }
    }

    static Stream<Arguments> reads() {
        return Stream.of(
                row("/api/users", OK, OK, OK, UNAUTHORIZED),
                row("/api/me", OK, OK, OK, UNAUTHORIZED),
                row("/api/groups", OK, OK, OK, UNAUTHORIZED),
                row("/api/numbers", OK, OK, OK, UNAUTHORIZED),
                row("/api/contacts", OK, OK, OK, UNAUTHORIZED),
                row("/api/blocked-numbers", OK, OK, OK, UNAUTHORIZED),
                row("/engine-rest/process-definition", OK, FORBIDDEN, FORBIDDEN, UNAUTHORIZED),
                row("/actuator/prometheus", OK, FORBIDDEN, FORBIDDEN, UNAUTHORIZED),
                row("/actuator/health", OK, OK, OK, OK));
    }

    static Stream<Arguments> writes() {
        return Stream.of(
                row("/api/users", CREATED, FORBIDDEN, FORBIDDEN, UNAUTHORIZED),
                row("/api/groups", CREATED, FORBIDDEN, FORBIDDEN, UNAUTHORIZED),
                row("/api/numbers", CREATED, FORBIDDEN, FORBIDDEN, UNAUTHORIZED),
                row("/api/contacts", CREATED, CREATED, FORBIDDEN, UNAUTHORIZED),
                row("/api/blocked-numbers", CREATED, CREATED, FORBIDDEN, UNAUTHORIZED));
    }

    @ParameterizedTest(name = "GET {0}: admin {1}, agent {2}, analyst {3}, anonymous {4}")
    @MethodSource("reads")
    void readAccess(String path, int admin, int agent, int analyst, int anonymous) throws Exception {
        assertThat(get(path, As.ADMIN)).as("admin").isEqualTo(admin);
        assertThat(get(path, As.AGENT)).as("agent").isEqualTo(agent);
        assertThat(get(path, As.ANALYST)).as("analyst").isEqualTo(analyst);
        assertThat(get(path, As.ANONYMOUS)).as("anonymous").isEqualTo(anonymous);
    }

    @ParameterizedTest(name = "POST {0}: admin {1}, agent {2}, analyst {3}, anonymous {4}")
    @MethodSource("writes")
    void writeAccess(String path, int admin, int agent, int analyst, int anonymous) throws Exception {
        assertThat(post(path, As.ADMIN)).as("admin").isEqualTo(admin);
        assertThat(post(path, As.AGENT)).as("agent").isEqualTo(agent);
        assertThat(post(path, As.ANALYST)).as("analyst").isEqualTo(analyst);
        assertThat(post(path, As.ANONYMOUS)).as("anonymous").isEqualTo(anonymous);
    }

    @Test
    void agentsSetOnlyTheirOwnStatusAnalystsNoneAdminsAnyone() throws Exception {
        long agent = users.findByUsername("matrix-agent").orElseThrow().getId();
        long analyst = users.findByUsername("matrix-analyst").orElseThrow().getId();
        String busy = "{\"status\":\"BUSY\"}";

        assertThat(send("PUT", "/api/users/" + agent + "/status", busy, As.AGENT)).isEqualTo(OK);
        assertThat(send("PUT", "/api/users/" + analyst + "/status", busy, As.AGENT)).isEqualTo(FORBIDDEN);
        assertThat(send("PUT", "/api/users/" + analyst + "/status", busy, As.ANALYST)).isEqualTo(FORBIDDEN);
        assertThat(send("PUT", "/api/users/" + analyst + "/status", busy, As.ADMIN)).isEqualTo(OK);
        assertThat(send("PUT", "/api/users/" + agent + "/status", busy, As.ANONYMOUS)).isEqualTo(UNAUTHORIZED);
    }

    @Test
    void onlyAdminsChangeOrDeleteUsers() throws Exception {
        long analyst = users.findByUsername("matrix-analyst").orElseThrow().getId();
        String body = "{\"name\":\"Renamed\",\"username\":\"matrix-analyst\",\"role\":\"ANALYST\"}";

        assertThat(send("PUT", "/api/users/" + analyst, body, As.AGENT)).isEqualTo(FORBIDDEN);
        assertThat(send("DELETE", "/api/users/" + analyst, null, As.AGENT)).isEqualTo(FORBIDDEN);
        assertThat(send("DELETE", "/api/users/" + analyst, null, As.ANALYST)).isEqualTo(FORBIDDEN);
        assertThat(users.findById(analyst)).get().extracting(User::getName).isEqualTo("matrix-analyst");
    }

    @Test
    void nobodyDeploysThroughTheEngineRestApiBypassingFlowValidation() throws Exception {
        assertThat(send("POST", "/engine-rest/deployment/create", "{}", As.ADMIN)).isEqualTo(FORBIDDEN);
        assertThat(send("POST", "/engine-rest/deployment/create", "{}", As.AGENT)).isEqualTo(FORBIDDEN);
    }

    @Test
    void prometheusShowsMetricsToAdmins() throws Exception {
        HttpResponse<String> response = http.send(request("/actuator/prometheus", As.ADMIN).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(OK);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }

    private static Arguments row(String path, int admin, int agent, int analyst, int anonymous) {
        return Arguments.of(path, admin, agent, analyst, anonymous);
    }

    private int get(String path, As who) throws Exception {
        return send("GET", path, null, who);
    }

    private int post(String path, As who) throws Exception {
        return send("POST", path, validBody(path), who);
    }

    private int send(String method, String path, String json, As who) throws Exception {
        HttpRequest.Builder request = request(path, who).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest.Builder request(String path, As who) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (who.username != null) {
            String credentials = who.username + ":" + who.password;
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    /** A body the endpoint accepts, different every time so no write clashes with an earlier one. */
    private static String validBody(String path) {
        int n = UNIQUE.incrementAndGet();
        return switch (path) {
            case "/api/users" -> "{\"name\":\"Matrix " + n + "\",\"username\":\"matrix" + n
                    + "\",\"password\":\"matrix-password\",\"role\":\"AGENT\"}";
            case "/api/groups" -> "{\"name\":\"Matrix group " + n + "\",\"memberIds\":[]}";
            case "/api/numbers" -> "{\"number\":\"+1555" + n + "\",\"name\":\"Matrix line\"}";
            case "/api/contacts" -> "{\"name\":\"Matrix contact\",\"phoneNumbers\":[\"+1556" + n + "\"]}";
            case "/api/blocked-numbers" -> "{\"number\":\"+1557" + n + "\",\"reason\":\"spam\"}";
            default -> throw new IllegalArgumentException(path);
        };
    }
}
