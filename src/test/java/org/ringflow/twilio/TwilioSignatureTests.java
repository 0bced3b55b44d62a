package org.ringflow.twilio;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ringflow.test.RingflowWebTest;
import org.ringflow.test.TwilioSigner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Only requests signed with the auth token over the public URL and the form body get past /twilio/**. */
@RingflowWebTest
@Import(TwilioSignatureTests.EchoWebhook.class)
class TwilioSignatureTests {

    private static final String PATH = "/twilio/test-echo";
    private static final TwilioSigner twilio = TwilioSigner.forTests();

    @Autowired
    MockMvc mvc;

    private final Map<String, String> params = new LinkedHashMap<>(Map.of(
            "CallSid", "CA00000000000000000000000000000001", "From", "+15551230001", "To", "+15550100"));

    @Test
    void acceptsARequestSignedWithTheAuthToken() throws Exception {
        mvc.perform(twilio.post(PATH, params))
                .andExpect(status().isOk())
                .andExpect(content().string("from +15551230001 to +15550100"));
    }

    @Test
    void acceptsASignedRequestWithAQueryString() throws Exception {
        mvc.perform(twilio.post(PATH + "?step=abc", params)).andExpect(status().isOk());
    }

    @Test
    void refusesARequestWithoutSignature() throws Exception {
        mvc.perform(TwilioSigner.unsigned(PATH, params)).andExpect(status().isForbidden());
    }

    @Test
    void refusesARequestSignedWithAnotherToken() throws Exception {
        String wrong = new TwilioSigner("another-token", "http://ringflow.test").signature(PATH, params);
        mvc.perform(TwilioSigner.unsigned(PATH, params).header(TwilioSigner.HEADER, wrong))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesARequestSignedForAnotherUrl() throws Exception {
        String wrong = new TwilioSigner("test-auth-token", "http://elsewhere.test").signature(PATH, params);
        mvc.perform(TwilioSigner.unsigned(PATH, params).header(TwilioSigner.HEADER, wrong))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesARequestWhoseBodyWasChangedAfterSigning() throws Exception {
        String signature = twilio.signature(PATH, params);
        params.put("From", "+15559999999");
        mvc.perform(TwilioSigner.unsigned(PATH, params).header(TwilioSigner.HEADER, signature))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesARequestWhoseQueryWasChangedAfterSigning() throws Exception {
        String signature = twilio.signature(PATH + "?step=abc", params);
        mvc.perform(TwilioSigner.unsigned(PATH + "?step=xyz", params).header(TwilioSigner.HEADER, signature))
                .andExpect(status().isForbidden());
    }

    /** A stand-in webhook, only in this test's context. */
    @TestConfiguration
    static class EchoWebhook {

        @RestController
        static class EchoController {

            @PostMapping(PATH)
            String echo(HttpServletRequest request) {
                return "from " + request.getParameter("From") + " to " + request.getParameter("To");
            }
        }
    }
}
