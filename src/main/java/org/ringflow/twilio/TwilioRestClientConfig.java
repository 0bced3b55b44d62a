package org.ringflow.twilio;

import com.twilio.http.TwilioRestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one twilio-java client Ringflow uses for REST calls. Its HTTP client sends api.twilio.com's requests to
 * {@code ringflow.twilio.api-base-url} when set; the property is read per request because the sandbox only knows
 * its own URL (the server port) once the web server has started.
 */
@Configuration
class TwilioRestClientConfig {

    static final String API_BASE_URL = "ringflow.twilio.api-base-url";

    @Bean
    TwilioRestClient twilioRestClient(TwilioCredentials credentials, Environment environment) {
        return new TwilioRestClient.Builder(credentials.accountSid(), credentials.authToken())
                .httpClient(new ApiBaseUrlHttpClient(() -> environment.getProperty(API_BASE_URL, "")))
                .build();
    }
}
