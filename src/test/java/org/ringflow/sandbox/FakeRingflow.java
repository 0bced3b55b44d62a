package org.ringflow.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stands in for Ringflow's webhooks in the sandbox's own tests: serves scripted TwiML under /twilio/fake/**
 * (behind the real signature filter, so every request that gets here was signed correctly) and keeps what it got.
 */
@TestComponent // kept out of component scanning: only @SandboxTest contexts import it
@RestController
@RequestMapping("/twilio/fake")
public class FakeRingflow {

    public static final String BASE = "http://ringflow.test/twilio/fake";

    public record Received(String path, String query, Map<String, String> params) {
    }

    private final Map<String, Function<Map<String, String>, String>> scripts = new ConcurrentHashMap<>();
    private final Map<String, String> activities = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** Answers requests to {@code path} (under /twilio/fake) with this TwiML. */
    public FakeRingflow on(String path, String twiml) {
        return on(path, params -> twiml);
    }

    public FakeRingflow on(String path, Function<Map<String, String>, String> twiml) {
        scripts.put(path, twiml);
        return this;
    }

    /** Adds an X-Ringflow-Activity header to the responses for {@code path}. */
    public FakeRingflow activity(String path, String activityId) {
        activities.put(path, activityId);
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    public Received last(String path) {
        List<Received> matching = received(path);
        if (matching.isEmpty()) {
            throw new AssertionError("nothing was sent to " + path + "; received: " + received);
        }
        return matching.get(matching.size() - 1);
    }

    public void reset() {
        scripts.clear();
        activities.clear();
        received.clear();
    }

    @RequestMapping("/**")
    ResponseEntity<String> handle(HttpServletRequest request) {
        String path = request.getRequestURI().substring("/twilio/fake".length());
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values[0]));
        received.add(new Received(path, request.getQueryString(), params));
        Function<Map<String, String>, String> script = scripts.get(path);
        if (script == null) {
            return path.endsWith("status") || path.endsWith("callback")
                    ? ResponseEntity.noContent().build()
                    : ResponseEntity.notFound().build();
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_XML);
        if (activities.containsKey(path)) {
            response.header("X-Ringflow-Activity", activities.get(path));
        }
        return response.body(script.apply(params));
    }
}
