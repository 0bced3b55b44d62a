package org.ringflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSignatureTests {

    @Test
    void matchesTheExampleFromTwiliosSecurityDocumentation() {
        // given the example from Twilio's request validation documentation
        String url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        Map<String, String> params = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+14158675309",
                "Digits", "1234", "From", "+14158675309", "To", "+18005551212");

        // when
        String signature = TwilioSignature.sign("12345", url, params);

        // then
        assertThat(signature).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    }

    @Test
    void isAcceptedByTwilioJavasRequestValidator() {
        // given
        String url = "http://ringflow.test/twilio/voice/step?call=CA0123&step=a%20b";
        Map<String, String> params = Map.of("CallSid", "CA" + "ab".repeat(16), "Digits", "", "From", "+15551234",
                "To", "+15550100", "Body", "héllo & <tags> = ok");

        // when
        String signature = TwilioSignature.sign("test-auth-token", url, params);

        // then
        assertThat(new RequestValidator("test-auth-token").validate(url, params, signature)).isTrue();
        assertThat(new RequestValidator("another-token").validate(url, params, signature)).isFalse();
    }

    @Test
    void signsTheUrlAloneWhenThereAreNoFormParameters() {
        // given a GET request: its parameters are in the URL
        String url = "http://ringflow.test/twilio/voice/step?Digits=2&CallSid=CA1";

        // when
        String signature = TwilioSignature.sign("test-auth-token", url, Map.of());

        // then
        assertThat(new RequestValidator("test-auth-token").validate(url, Map.of(), signature)).isTrue();
    }
}
