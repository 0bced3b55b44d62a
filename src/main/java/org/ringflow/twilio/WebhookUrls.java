package org.ringflow.twilio;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ringflow.applet.CallbackUrls;
import org.ringflow.system.RingflowProperties;

/** The absolute callback URLs of one call, carrying what Ringflow needs to find the call and the step. */
final class WebhookUrls implements CallbackUrls {

    static final String VOICE = "/twilio/voice";
    static final String STEP = "/twilio/voice/step";
    static final String STATUS = "/twilio/voice/status";
    static final String RECORDING = "/twilio/voice/recording";
    static final String TRANSCRIPTION = "/twilio/voice/transcription";
    static final String SMS = "/twilio/sms";

    private final RingflowProperties ringflow;
    private final String callSid;

    WebhookUrls(RingflowProperties ringflow, String callSid) {
        this.ringflow = ringflow;
        this.callSid = callSid;
    }

    @Override
    public String step(String step) {
        return ringflow.url(STEP + "?call=" + encode(callSid) + "&step=" + encode(step));
    }

    @Override
    public String recordingStatus(String owner) {
        return ringflow.url(RECORDING + "?call=" + encode(callSid) + "&owner=" + encode(owner));
    }

    @Override
    public String transcription(String owner) {
        return ringflow.url(TRANSCRIPTION + "?call=" + encode(callSid) + "&owner=" + encode(owner));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
