package org.ringflow.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.ringflow.twilio.TwilioCredentials;
import org.springframework.stereotype.Component;

/**
 * Sends Twilio's webhook requests to Ringflow: form-encoded, signed over the public URL, with Twilio's 15-second
 * timeout. A GET carries the parameters in the query string, which is then part of the signed URL.
 */
@Component
@ConditionalOnSandbox
class RingflowWebhooks {

    static final String ACTIVITY_HEADER = "X-Ringflow-Activity";

    private final SandboxServer server;
    private final TwilioCredentials credentials;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    RingflowWebhooks(SandboxServer server, TwilioCredentials credentials) {
        this.server = server;
        this.credentials = credentials;
    }

    record Reply(int status, String body, String activityId) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    String publicUrl(String path) {
        return server.publicUrl(path);
    }

    Reply send(String method, String publicUrl, Map<String, String> params) {
        boolean get = method.equalsIgnoreCase("GET");
        String url = get ? withQuery(publicUrl, params) : publicUrl;
        Map<String, String> body = get ? Map.of() : params;
        String local = server.localUrlFor(url);
        if (local == null) {
            throw new WebhookException("not a URL of this Ringflow: " + url + " (the sandbox only calls Ringflow)");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(local))
                .timeout(Duration.ofSeconds(15))
                .header(TwilioSignature.HEADER, TwilioSignature.sign(credentials.authToken(), url, body))
                .header("User-Agent", "TwilioProxy/1.1 (Ringflow sandbox)")
                .header("Accept", "*/*");
        if (get) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(body)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue(ACTIVITY_HEADER).orElse(null));
        } catch (IOException e) {
            throw new WebhookException("request to " + url + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookException("interrupted while requesting " + url);
        }
    }

    static String withQuery(String url, Map<String, String> params) {
        if (params.isEmpty()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + encode(params);
    }

    static String encode(Map<String, String> params) {
        return new LinkedHashMap<>(params).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static final class WebhookException extends RuntimeException {
        WebhookException(String message) {
            super(message);
        }
    }
}
