package org.ringflow.test;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.ringflow.sandbox.TwilioSignature;
import org.ringflow.system.RingflowProperties;
import org.ringflow.twilio.TwilioCredentials;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Single Twilio webhooks posted by hand, for what the sandbox never does on purpose: Twilio's retry of a request,
 * two callbacks racing, a forged signature. Everything else goes through {@link org.ringflow.sandbox.Sandbox}.
 */
public final class SignedWebhooks {

    private final MockMvc mvc;
    private final String authToken;
    private final String publicBaseUrl;

    public SignedWebhooks(MockMvc mvc, TwilioCredentials credentials, RingflowProperties ringflow) {
        this.mvc = mvc;
        this.authToken = credentials.authToken();
        this.publicBaseUrl = ringflow.publicBaseUrl();
    }

    /** A form POST to a public URL of Ringflow (absolute, or a path), signed as Twilio signs it. */
    public MockHttpServletResponse post(String url, Map<String, String> params) {
        String publicUrl = url.startsWith("http") ? url : publicBaseUrl + url;
        return post(publicUrl, params, TwilioSignature.sign(authToken, publicUrl, params));
    }

    /** The same POST with the given signature header, or none when {@code signature} is null. */
    public MockHttpServletResponse post(String url, Map<String, String> params, String signature) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders
                .post(URI.create(url.startsWith("http") ? url : publicBaseUrl + url))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(params.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")));
        if (signature != null) {
            request.header(TwilioSignature.HEADER, signature);
        }
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException("POST " + url + " failed", e);
        }
    }
}
