package org.ringflow.sandbox;

import java.util.Map;
import org.ringflow.system.RingflowProperties;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * Where this app really listens (known once the web server is up), and the translation from the public URLs
 * Ringflow writes into TwiML to that address: the sandbox sends to the local port but signs the public URL,
 * like Twilio reaching an app behind a proxy. Also points twilio-java's REST calls at the sandbox.
 */
@Component
@ConditionalOnSandbox
class SandboxServer implements ApplicationListener<WebServerInitializedEvent> {

    static final String REST_PATH = "/sandbox/twilio";

    private final RingflowProperties ringflow;
    private final ConfigurableEnvironment environment;
    private volatile String localBaseUrl;

    SandboxServer(RingflowProperties ringflow, ConfigurableEnvironment environment) {
        this.ringflow = ringflow;
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // a management server, not the app's
        }
        String address = environment.getProperty("server.address", "127.0.0.1");
        if (address.isBlank() || address.equals("0.0.0.0") || address.equals("::")) {
            address = "127.0.0.1";
        }
        localBaseUrl = "http://" + (address.contains(":") ? "[" + address + "]" : address) + ":" + event.getWebServer().getPort();
        if (environment.getProperty("ringflow.twilio.api-base-url", "").isBlank()) {
            environment.getPropertySources().addFirst(new MapPropertySource("ringflowSandbox",
                    Map.of("ringflow.twilio.api-base-url", localBaseUrl + REST_PATH)));
        }
    }

    String localBaseUrl() {
        if (localBaseUrl == null) {
            throw new IllegalStateException("the sandbox needs a running web server (e.g. @SpringBootTest(webEnvironment = RANDOM_PORT))");
        }
        return localBaseUrl;
    }

    /** The public URL for a path of this app: what Twilio would be configured with, and what gets signed. */
    String publicUrl(String path) {
        return ringflow.url(path);
    }

    /** The address to actually send a request for a public URL to; null when it is not this app's. */
    String localUrlFor(String publicUrl) {
        String base = ringflow.publicBaseUrl();
        if (publicUrl.startsWith(base + "/") || publicUrl.equals(base)) {
            return localBaseUrl() + publicUrl.substring(base.length());
        }
        if (publicUrl.startsWith(localBaseUrl() + "/")) {
            return publicUrl;
        }
        return null;
    }
}
