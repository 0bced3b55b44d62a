package org.ringflow.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ringflow.call.CallRecordRepository;
import org.ringflow.sandbox.Sids;
import org.ringflow.sandbox.TwilioSignature;
import org.ringflow.system.RingflowProperties;
import org.ringflow.test.RingflowWebTest;
import org.ringflow.test.SignedWebhooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Only requests signed with the auth token over the public URL and the form body get past /twilio/**;
 * anything else is answered 403 before a call record is written.
 */
@RingflowWebTest
class TwilioSignatureTests {

    private static final String URL = "http://ringflow.test/twilio/voice";

    @Autowired MockMvc mvc;
    @Autowired TwilioCredentials credentials;
    @Autowired RingflowProperties ringflow;
    @Autowired CallRecordRepository records;
    SignedWebhooks twilio;
    String callSid;
    Map<String, String> params;

    @BeforeEach
    void call() {
        twilio = new SignedWebhooks(mvc, credentials, ringflow);
        callSid = Sids.next("CA");
        params = new LinkedHashMap<>(Map.of("CallSid", callSid, "From", "+15551230001", "To", "+15550009999"));
    }

    @Test
    void acceptsARequestSignedWithTheAuthTokenAndReadsItsParameters() {
        assertThat(twilio.post(URL, params).getStatus()).isEqualTo(200);
        assertThat(records.findById(callSid).orElseThrow().getFrom()).isEqualTo("+15551230001");
    }

    @Test
    void acceptsASignedRequestWithAQueryString() {
        assertThat(twilio.post(URL + "?source=test", params).getStatus()).isEqualTo(200);
    }

    @Test
    void refusesARequestWithoutSignature() {
        assertRefused(twilio.post(URL, params, null));
    }

    @Test
    void refusesARequestSignedWithAnotherToken() {
        assertRefused(twilio.post(URL, params, TwilioSignature.sign("another-token", URL, params)));
    }

    @Test
    void refusesARequestSignedForAnotherUrl() {
        assertRefused(twilio.post(URL, params, TwilioSignature.sign(credentials.authToken(), "http://elsewhere.test/twilio/voice", params)));
    }

    @Test
    void refusesARequestWhoseBodyWasChangedAfterSigning() {
        String signature = TwilioSignature.sign(credentials.authToken(), URL, params);
        params.put("From", "+15559999999");
        assertRefused(twilio.post(URL, params, signature));
    }

    @Test
    void refusesARequestWhoseQueryWasChangedAfterSigning() {
        String signature = TwilioSignature.sign(credentials.authToken(), URL + "?step=abc", params);
        assertRefused(twilio.post(URL + "?step=xyz", params, signature));
    }

    private void assertRefused(MockHttpServletResponse response) {
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(records.findById(callSid)).as("nothing stored for a refused webhook").isEmpty();
    }
}
