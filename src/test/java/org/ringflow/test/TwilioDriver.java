package org.ringflow.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Plays Twilio against Ringflow's webhooks in tests: signed form posts, TwiML read with XPath, action URLs
 * followed exactly as Twilio would follow them.
 */
public final class TwilioDriver {

    private final MockMvc mvc;
    private final String authToken;
    private final String publicBaseUrl;

    public TwilioDriver(MockMvc mvc, String authToken, String publicBaseUrl) {
        this.mvc = mvc;
        this.authToken = authToken;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** A Twilio-shaped id: a two-letter prefix and 32 hex digits. */
    public static String sid(String prefix) {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }

    public Call call(String from, String to) {
        return call(sid("CA"), from, to);
    }

    public Call call(String callSid, String from, String to) {
        Call call = new Call(callSid);
        call.answer(post(publicBaseUrl + "/twilio/voice", Map.of("CallSid", callSid, "From", from, "To", to,
                "CallStatus", "ringing", "Direction", "inbound", "AccountSid", "AC" + "0".repeat(32))));
        return call;
    }

    public Reply text(String from, String to, String body) {
        return text(sid("SM"), from, to, body);
    }

    public Reply text(String messageSid, String from, String to, String body) {
        return new Reply(post(publicBaseUrl + "/twilio/sms", Map.of("MessageSid", messageSid, "SmsSid", messageSid,
                "From", from, "To", to, "Body", body, "NumMedia", "0", "AccountSid", "AC" + "0".repeat(32))));
    }

    /** A signed POST of form parameters to an absolute public URL; returns the raw response. */
    public MockHttpServletResponse post(String url, Map<String, String> params) {
        URI uri = URI.create(url);
        String body = params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        try {
            return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(uri)
                            .header("X-Twilio-Signature", signature(url, params))
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .content(body))
                    .andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Twilio's signature: HMAC-SHA1 of the URL followed by each parameter name and value in name order. */
    public String signature(String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A TwiML answer, read with XPath. */
    public static class Reply {

        final MockHttpServletResponse response;
        final Document twiml;

        Reply(MockHttpServletResponse response) {
            this.response = response;
            assertThat(response.getStatus()).as("HTTP status of webhook; body: %s", body(response)).isEqualTo(200);
            this.twiml = parse(body(response));
        }

        public String xml() {
            return body(response);
        }

        public String text(String xpath) {
            try {
                return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, twiml, XPathConstants.STRING);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        public List<String> texts(String xpath) {
            try {
                NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, twiml, XPathConstants.NODESET);
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < nodes.getLength(); i++) {
                    Node n = nodes.item(i);
                    texts.add(n.getTextContent().trim());
                }
                return texts;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        public boolean has(String xpath) {
            return !texts(xpath).isEmpty();
        }

        private static String body(MockHttpServletResponse response) {
            try {
                return response.getContentAsString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static Document parse(String xml) {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            } catch (Exception e) {
                throw new AssertionError("not TwiML: " + xml, e);
            }
        }
    }

    /** One call in progress: the last TwiML it got, and the moves Twilio would make next. */
    public final class Call {

        private final String callSid;
        private Reply last;
        private String activity;

        Call(String callSid) {
            this.callSid = callSid;
        }

        public String callSid() {
            return callSid;
        }

        public Reply twiml() {
            return last;
        }

        /** The applet the flow waits in after the last answer. */
        public String activity() {
            return activity;
        }

        void answer(MockHttpServletResponse response) {
            last = new Reply(response);
            activity = response.getHeader("X-Ringflow-Activity");
        }

        public Call hears(String text) {
            String all = String.join(" | ", last.texts("//Say"));
            assertThat(all).as("what the caller hears in %s", last.xml()).contains(text);
            return this;
        }

        public Call isRinging(String... clients) {
            assertThat(last.texts("/Response/Dial/Client")).as("clients rung in %s", last.xml()).containsExactly(clients);
            return this;
        }

        public Call isDialling(String number) {
            assertThat(last.texts("/Response/Dial/Number")).as("numbers dialled in %s", last.xml()).contains(number);
            return this;
        }

        public Call press(String digits) {
            return follow("/Response/Gather/@action", Map.of("Digits", digits));
        }

        public Call pressNothing() {
            return follow("/Response/Gather/@action", Map.of("Digits", ""));
        }

        public Call dialEnds(String dialStatus) {
            Map<String, String> p = new LinkedHashMap<>(Map.of("DialCallStatus", dialStatus, "DialCallSid", sid("CA")));
            if (dialStatus.equals("completed")) {
                p.put("DialCallDuration", "42");
            }
            return follow("/Response/Dial/@action", p);
        }

        public Call records(int seconds) {
            String recordingSid = sid("RE");
            String url = "https://api.twilio.com/2010-04-01/Accounts/AC/Recordings/" + recordingSid;
            String statusCallback = last.text("/Response/Record/@recordingStatusCallback");
            follow("/Response/Record/@action", Map.of("RecordingUrl", url, "RecordingSid", recordingSid,
                    "RecordingDuration", String.valueOf(seconds), "Digits", "hangup"));
            if (!statusCallback.isEmpty()) {
                assertThat(post(statusCallback, Map.of("CallSid", callSid, "RecordingSid", recordingSid, "RecordingUrl", url,
                        "RecordingStatus", "completed", "RecordingDuration", String.valueOf(seconds))).getStatus())
                        .as("recording status callback").isLessThan(300);
            }
            return this;
        }

        /** Nothing recorded: Twilio skips the Record's action and goes on with the next verb. */
        public Call recordsNothing() {
            return follow("/Response/Redirect", Map.of());
        }

        public Call hangsUp() {
            assertThat(post(publicBaseUrl + "/twilio/voice/status", Map.of("CallSid", callSid, "CallStatus", "completed",
                    "CallDuration", "30")).getStatus()).as("status callback").isLessThan(300);
            return this;
        }

        public Call isHungUp() {
            assertThat(last.has("/Response/Hangup")).as("Ringflow hangs up in %s", last.xml()).isTrue();
            return this;
        }

        public Call isRejected() {
            assertThat(last.has("/Response/Reject")).as("Ringflow rejects in %s", last.xml()).isTrue();
            return this;
        }

        public String actionUrl(String verb) {
            return verb.equals("Redirect") ? last.text("/Response/Redirect") : last.text("/Response/" + verb + "/@action");
        }

        public MockHttpServletResponse postTo(String url, Map<String, String> params) {
            Map<String, String> p = new LinkedHashMap<>(params);
            p.putIfAbsent("CallSid", callSid);
            return post(url, p);
        }

        public Call follow(String urlXpath, Map<String, String> params) {
            String url = last.text(urlXpath);
            assertThat(url).as("%s in %s", urlXpath, last.xml()).isNotEmpty();
            answer(postTo(url, params));
            return this;
        }
    }
}
