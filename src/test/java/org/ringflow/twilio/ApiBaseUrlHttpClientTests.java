package org.ringflow.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiBaseUrlHttpClientTests {

    @Test
    void rewritesTheHostAndKeepsEverythingElse() {
        // given a request as twilio-java builds it
        Request original = new Request(HttpMethod.POST, "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json");
        original.setAuth("AC1", "token");
        original.addPostParam("Body", "hello");
        original.addQueryParam("PageSize", "50");

        // when
        Request rewritten = ApiBaseUrlHttpClient.rewritten(original,
                "http://127.0.0.1:8080/sandbox/twilio/2010-04-01/Accounts/AC1/Messages.json");

        // then
        assertThat(rewritten.constructURL().toString())
                .isEqualTo("http://127.0.0.1:8080/sandbox/twilio/2010-04-01/Accounts/AC1/Messages.json?PageSize=50");
        assertThat(rewritten.getPostParams().get("Body")).isEqualTo(List.of("hello"));
        assertThat(rewritten.getMethod()).isEqualTo(HttpMethod.POST);
        assertThat(rewritten.requiresAuthentication()).isTrue();
    }
}
