package org.ringflow.call;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ringflow.applet.Channel;
import org.ringflow.sandbox.Sids;
import org.ringflow.sandbox.TwilioSignature;
import org.ringflow.test.Directory;
import org.ringflow.test.RingflowTest;
import org.ringflow.twilio.TwilioCredentials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How fast Ringflow answers Twilio: real HTTP on loopback, signed webhooks, a full call through a menu flow
 * (incoming call, a key press, the status callback) against a baseline of calls to a number without a flow
 * (the same webhook path, the same call record, no process). Prints figures; asserts nothing about speed.
 * Run: ./mvnw test -Dfrontend.skip=true -Dtest='CallRoutingBenchmark'  (add OnPostgres for PostgreSQL)
 */
@RingflowTest
class CallRoutingBenchmark {

    static final int CALLS = Integer.getInteger("benchmark.calls", 300);
    static final int THREADS = Integer.getInteger("benchmark.threads", 4);
    static final Duration LIMIT = Duration.ofSeconds(Long.getLong("benchmark.seconds", 60));
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired Directory directory;
    @Autowired TwilioCredentials credentials;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void callsPerSecondAndWebhookLatency() throws Exception {
        String withFlow = directory.numberWithFlow(Channel.CALL, CallFlows.menu());
        String withoutFlow = directory.numberWithoutFlow();
        run("warm-up", withFlow, withoutFlow, 50, 1);

        System.out.printf("%nRingflow call routing benchmark (%s, %d calls, loopback HTTP)%n", database(), CALLS);
        Result sequential = run("sequential", withFlow, withoutFlow, CALLS, 1);
        Result parallel = run(THREADS + " callers", withFlow, withoutFlow, CALLS, THREADS);
        System.out.printf("flow/baseline ratio of p50 latency for the first webhook: %.2f (sequential), %.2f (%d callers)%n%n",
                sequential.flowIncoming.p(50) / sequential.baseline.p(50),
                parallel.flowIncoming.p(50) / parallel.baseline.p(50), THREADS);
    }

    String database() {
        return "H2";
    }

    record Latencies(List<Double> millis) {
        double p(int percentile) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
        }

        String summary() {
            return String.format("p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms", p(50), p(95), p(99));
        }
    }

    record Result(Latencies baseline, Latencies flowIncoming, Latencies flowKeyPress, double baselineCallsPerSecond,
                  double flowCallsPerSecond) {
    }

    Result run(String label, String withFlow, String withoutFlow, int calls, int threads) throws Exception {
        List<Double> baseline = Collections.synchronizedList(new ArrayList<>());
        List<Double> incoming = Collections.synchronizedList(new ArrayList<>());
        List<Double> keyPress = Collections.synchronizedList(new ArrayList<>());
        double baselineRate = timed(calls, threads, () -> {
            String sid = Sids.next("CA");
            baseline.add(post("/twilio/voice", Map.of("CallSid", sid, "From", "+15551230000", "To", withoutFlow)).millis);
            post("/twilio/voice/status", Map.of("CallSid", sid, "CallStatus", "completed", "CallDuration", "3"));
        });
        double flowRate = timed(calls, threads, () -> {
            String sid = Sids.next("CA");
            Answer first = post("/twilio/voice", Map.of("CallSid", sid, "From", "+15551230000", "To", withFlow));
            incoming.add(first.millis);
            Matcher action = ACTION.matcher(first.body);
            if (!action.find()) {
                throw new IllegalStateException("no Gather action in " + first.body);
            }
            keyPress.add(post(action.group(1).replace("&amp;", "&").replace("http://ringflow.test", ""),
                    Map.of("CallSid", sid, "Digits", "1")).millis);
            post("/twilio/voice/status", Map.of("CallSid", sid, "CallStatus", "completed", "CallDuration", "5"));
        });
        Result result = new Result(new Latencies(baseline), new Latencies(incoming), new Latencies(keyPress), baselineRate, flowRate);
        if (!label.equals("warm-up")) {
            System.out.printf("%-12s baseline (no flow): %7.1f calls/s   first webhook %s%n", label, baselineRate,
                    result.baseline.summary());
            System.out.printf("%-12s menu flow:          %7.1f calls/s   first webhook %s%n", "", flowRate,
                    result.flowIncoming.summary());
            System.out.printf("%-12s                                         key press     %s%n", "", result.flowKeyPress.summary());
        }
        return result;
    }

    interface Work {
        void call() throws Exception;
    }

    double timed(int calls, int threads, Work work) throws Exception {
        long start = System.nanoTime();
        long deadline = start + LIMIT.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = calls / threads;
                futures.add(pool.submit(() -> {
                    int done = 0;
                    while (done < share && System.nanoTime() < deadline) {
                        work.call();
                        done++;
                    }
                    return done;
                }));
            }
            int done = 0;
            for (Future<Integer> f : futures) {
                done += f.get();
            }
            return done / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    record Answer(String body, double millis) {
    }

    Answer post(String pathAndQuery, Map<String, String> params) throws Exception {
        Map<String, String> p = new LinkedHashMap<>(params);
        String form = p.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", TwilioSignature.sign(credentials.authToken(), "http://ringflow.test" + pathAndQuery, p))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return new Answer(response.body(), millis);
    }
}
