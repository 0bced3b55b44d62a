package org.ringflow.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test calls and texts from a terminal, against a running Ringflow's /api/sandbox (HTTP Basic as an admin).
 * Steps run in the order given and the transcript is printed as it grows:
 * <pre>
 * call --from +15551234 --to +15550100 --press 2 --answer alice --wait 5 --hangup
 * text --from +15551234 --to +15550100 --body "hello"
 * requests
 * </pre>
 * Options: --url (default http://127.0.0.1:8080), --user (admin), --password (or RINGFLOW_ADMIN_PASSWORD).
 */
public final class SandboxCli {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PrintStream out;
    private String url = "http://127.0.0.1:8080";
    private String user = "admin";
    private String password = System.getenv().getOrDefault("RINGFLOW_ADMIN_PASSWORD", "");
    private int printed;

    SandboxCli(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        try {
            System.exit(new SandboxCli(System.out).run(List.of(args)));
        } catch (CliException e) {
            System.err.println("ringflow-sandbox: " + e.getMessage());
            System.exit(2);
        }
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            throw new CliException("usage: call --from N --to N [--press D] [--answer C] [--decline C] [--wait S] [--hangup]"
                    + " | text --from N --to N --body B | requests   (options: --url --user --password)");
        }
        List<String[]> steps = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.size(); i++) {
            String name = args.get(i);
            if (!name.startsWith("--")) {
                throw new CliException("unexpected " + name);
            }
            String value = name.equals("--hangup") ? "" : i + 1 < args.size() ? args.get(++i) : null;
            if (value == null) {
                throw new CliException(name + " needs a value");
            }
            switch (name) {
                case "--url" -> url = value.replaceAll("/+$", "");
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--from", "--to", "--body" -> options.put(name.substring(2), value);
                case "--press", "--answer", "--decline", "--wait", "--hangup" -> steps.add(new String[] {name.substring(2), value});
                default -> throw new CliException("unknown option " + name);
            }
        }
        return switch (args.get(0)) {
            case "call" -> call(options, steps);
            case "text" -> text(options);
            case "requests" -> {
                out.println(send("GET", "/api/sandbox/requests", null).toPrettyString());
                yield 0;
            }
            default -> throw new CliException("unknown command " + args.get(0));
        };
    }

    private int call(Map<String, String> options, List<String[]> steps) {
        JsonNode call = send("POST", "/api/sandbox/calls", Map.of("from", need(options, "from"), "to", need(options, "to")));
        String id = call.path("id").asText();
        print(call);
        for (String[] step : steps) {
            call = switch (step[0]) {
                case "press" -> send("POST", "/api/sandbox/calls/" + id + "/press", Map.of("digits", step[1]));
                case "answer" -> send("POST", "/api/sandbox/calls/" + id + "/answer", Map.of("client", step[1]));
                case "decline" -> send("POST", "/api/sandbox/calls/" + id + "/decline", Map.of("client", step[1]));
                case "hangup" -> send("POST", "/api/sandbox/calls/" + id + "/hangup", Map.of());
                default -> waitFor(id, Integer.parseInt(step[1]));
            };
            print(call);
        }
        out.println("-- " + id + ": " + call.path("state").asText()
                + (call.path("ringing").isEmpty() ? "" : ", ringing " + call.path("ringing")));
        return 0;
    }

    private JsonNode waitFor(String id, int seconds) {
        JsonNode call = null;
        for (int i = 0; i < seconds * 2; i++) {
            sleep();
            call = send("GET", "/api/sandbox/calls/" + id, null);
            print(call);
        }
        return call == null ? send("GET", "/api/sandbox/calls/" + id, null) : call;
    }

    private int text(Map<String, String> options) {
        JsonNode result = send("POST", "/api/sandbox/texts", Map.of("from", need(options, "from"), "to", need(options, "to"),
                "body", options.getOrDefault("body", "")));
        for (JsonNode entry : result.path("transcript")) {
            if (entry.path("kind").asText().equals("twiml")) {
                continue;
            }
            out.printf("%-8s %s%n", entry.path("kind").asText(), entry.path("text").asText());
        }
        return 0;
    }

    private void print(JsonNode call) {
        JsonNode transcript = call.path("transcript");
        for (int i = printed; i < transcript.size(); i++) {
            JsonNode entry = transcript.get(i);
            if (entry.path("kind").asText().equals("twiml")) {
                continue;
            }
            out.printf("%-8s %s%s%n", entry.path("kind").asText(), entry.path("text").asText(),
                    entry.hasNonNull("activityId") ? "   [" + entry.path("activityId").asText() + "]" : "");
        }
        printed = Math.max(printed, transcript.size());
    }

    private JsonNode send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                throw new CliException("401: wrong --user/--password (or RINGFLOW_ADMIN_PASSWORD) for " + url);
            }
            if (response.statusCode() >= 400) {
                throw new CliException(response.statusCode() + " from " + path + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new CliException("cannot reach " + url + " (" + e.getClass().getSimpleName() + "); is Ringflow running?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }

    private static String need(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new CliException("--" + name + " is required");
        }
        return value;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final class CliException extends RuntimeException {
        CliException(String message) {
            super(message);
        }
    }
}
