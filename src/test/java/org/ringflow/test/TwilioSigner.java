package org.ringflow.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Signs webhook requests the way Twilio does: Base64(HMAC-SHA1(auth token, full URL + each POST parameter's
 * name and value, sorted by name)). {@link #forTests()} matches application-test.yml.
 */
public final class TwilioSigner {

    public static final String HEADER = "X-Twilio-Signature";

    private final String authToken;
    private final String publicBaseUrl;

    public TwilioSigner(String authToken, String publicBaseUrl) {
        this.authToken = authToken;
        this.publicBaseUrl = publicBaseUrl;
    }

    public static TwilioSigner forTests() {
        return new TwilioSigner("test-auth-token", "http://ringflow.test");
    }

    /** The signature of a POST to path (with its query string, if any) carrying these form parameters. */
    public String signature(String pathAndQuery, Map<String, String> params) {
        StringBuilder data = new StringBuilder(publicBaseUrl).append(pathAndQuery);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A MockMvc form POST to path, signed. */
    public MockHttpServletRequestBuilder post(String pathAndQuery, Map<String, String> params) {
        return unsigned(pathAndQuery, params).header(HEADER, signature(pathAndQuery, params));
    }

    /** The same form POST without a signature, for tests that add a wrong one or none. */
    public static MockHttpServletRequestBuilder unsigned(String pathAndQuery, Map<String, String> params) {
        return MockMvcRequestBuilders.post(pathAndQuery)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(formBody(params));
    }

    public static String formBody(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
