package org.ringflow.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recordings sandbox calls make. Like Twilio's, a RecordingUrl has no extension and is public;
 * the sandbox serves a short silent WAV for it (with or without ".wav").
 */
@RestController
@ConditionalOnSandbox
public class Recordings {

    static final String PATH = "/sandbox/recordings/";

    public record Recording(String sid, String callSid, String url, int duration, String transcription) {
    }

    private final RingflowWebhooks webhooks;
    private final Map<String, Recording> recordings = new ConcurrentHashMap<>();

    Recordings(RingflowWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    Recording create(String callSid, int duration, String transcription) {
        String sid = Sids.next("RE");
        String text = transcription != null ? transcription : "(sandbox transcription of a " + duration + "-second message)";
        Recording recording = new Recording(sid, callSid, webhooks.publicUrl(PATH + sid), duration, text);
        recordings.put(sid, recording);
        return recording;
    }

    public Recording get(String sid) {
        return recordings.get(sid);
    }

    void reset() {
        recordings.clear();
    }

    @GetMapping({PATH + "{sid}", PATH + "{sid}.wav"})
    ResponseEntity<byte[]> wav(@PathVariable String sid) {
        if (!recordings.containsKey(sid)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("audio/x-wav")).body(silentWav(8000 / 4));
    }

    /** A valid PCM WAV: 8 kHz, 16-bit, mono, silent. */
    static byte[] silentWav(int samples) {
        int dataSize = samples * 2;
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36 + dataSize).put("WAVE".getBytes())
                .put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(8000).putInt(8000 * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(dataSize);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        out.writeBytes(new byte[dataSize]);
        return out.toByteArray();
    }

    static Map<String, String> statusParams(Map<String, String> callParams, Recording recording) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", callParams.get("AccountSid"));
        params.put("CallSid", recording.callSid());
        params.put("RecordingSid", recording.sid());
        params.put("RecordingUrl", recording.url());
        params.put("RecordingStatus", "completed");
        params.put("RecordingDuration", String.valueOf(recording.duration()));
        params.put("RecordingChannels", "1");
        params.put("RecordingSource", "RecordVerb");
        return params;
    }

    static Map<String, String> transcriptionParams(Map<String, String> callParams, Recording recording) {
        Map<String, String> params = new LinkedHashMap<>(callParams);
        params.put("TranscriptionSid", Sids.next("TR"));
        params.put("TranscriptionText", recording.transcription());
        params.put("TranscriptionStatus", "completed");
        params.put("TranscriptionType", "fast");
        params.put("RecordingSid", recording.sid());
        params.put("RecordingUrl", recording.url());
        return params;
    }
}
