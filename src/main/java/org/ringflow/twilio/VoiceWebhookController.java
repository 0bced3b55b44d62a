package org.ringflow.twilio;

import java.util.Map;
import org.ringflow.applet.Callback;
import org.ringflow.call.CallRouter;
import org.ringflow.call.IncomingCall;
import org.ringflow.call.VoiceReply;
import org.ringflow.directory.E164;
import org.ringflow.inbox.RecordingCallbacks;
import org.ringflow.system.RingflowProperties;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's voice webhooks. The only place that knows Twilio's parameter names: they are translated into
 * Ringflow's words here and handed to the call router. Every answer is TwiML (text/xml), never a 500.
 */
@RestController
class VoiceWebhookController {

    static final String ACTIVITY_HEADER = "X-Ringflow-Activity";

    private final CallRouter router;
    private final RecordingCallbacks recordings;
    private final RingflowProperties ringflow;

    VoiceWebhookController(CallRouter router, RecordingCallbacks recordings, RingflowProperties ringflow) {
        this.router = router;
        this.recordings = recordings;
        this.ringflow = ringflow;
    }

    @PostMapping(path = WebhookUrls.VOICE, produces = MediaType.TEXT_XML_VALUE)
    ResponseEntity<String> incoming(@RequestParam Map<String, String> p) {
        String callSid = required(p, "CallSid");
        try (var mdc = MDC.putCloseable("callSid", callSid)) {
            IncomingCall call = new IncomingCall(callSid, number(p.get("From")), number(p.get("To")));
            return twiml(router.incoming(call, new WebhookUrls(ringflow, callSid)));
        }
    }

    @PostMapping(path = WebhookUrls.STEP, produces = MediaType.TEXT_XML_VALUE)
    ResponseEntity<String> step(@RequestParam Map<String, String> p) {
        String callSid = required(p, "call");
        try (var mdc = MDC.putCloseable("callSid", callSid)) {
            Callback callback = new Callback(p.get("Digits"), p.get("DialCallStatus"), integer(p.get("DialCallDuration")),
                    p.get("RecordingUrl"), p.get("RecordingSid"), integer(p.get("RecordingDuration")));
            return twiml(router.resume(callSid, required(p, "step"), callback, new WebhookUrls(ringflow, callSid)));
        }
    }

    @PostMapping(path = WebhookUrls.STATUS, produces = MediaType.TEXT_XML_VALUE)
    ResponseEntity<String> status(@RequestParam Map<String, String> p) {
        String callSid = required(p, "CallSid");
        try (var mdc = MDC.putCloseable("callSid", callSid)) {
            router.statusChanged(callSid, required(p, "CallStatus"), integer(p.get("CallDuration")));
            return ResponseEntity.noContent().build();
        }
    }

    @PostMapping(path = WebhookUrls.RECORDING, produces = MediaType.TEXT_XML_VALUE)
    ResponseEntity<String> recording(@RequestParam Map<String, String> p) {
        String callSid = required(p, "call");
        try (var mdc = MDC.putCloseable("callSid", callSid)) {
            if ("completed".equals(p.getOrDefault("RecordingStatus", "completed"))) {
                recordings.recordingCompleted(callSid, p.get("owner"), required(p, "RecordingSid"), p.get("RecordingUrl"),
                        integer(p.get("RecordingDuration")));
            }
            return ResponseEntity.noContent().build();
        }
    }

    @PostMapping(path = WebhookUrls.TRANSCRIPTION, produces = MediaType.TEXT_XML_VALUE)
    ResponseEntity<String> transcription(@RequestParam Map<String, String> p) {
        String callSid = required(p, "call");
        try (var mdc = MDC.putCloseable("callSid", callSid)) {
            if ("completed".equals(p.getOrDefault("TranscriptionStatus", "completed"))) {
                recordings.transcribed(callSid, p.get("owner"), required(p, "RecordingSid"), p.get("TranscriptionText"));
            }
            return ResponseEntity.noContent().build();
        }
    }

    static ResponseEntity<String> twiml(VoiceReply reply) {
        var response = ResponseEntity.ok().contentType(MediaType.TEXT_XML);
        if (reply.waitingActivityId() != null) {
            response.header(ACTIVITY_HEADER, reply.waitingActivityId());
        }
        return response.body(reply.twiml());
    }

    static String required(Map<String, String> p, String name) {
        String value = p.get(name);
        if (value == null || value.isBlank()) {
            throw new MissingTwilioParameter(name);
        }
        return value;
    }

    /** Caller IDs may be anonymous or otherwise not E.164; keep them as sent then. */
    static String number(String raw) {
        return raw == null ? "" : E164.normalize(raw).orElse(raw);
    }

    static Integer integer(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
