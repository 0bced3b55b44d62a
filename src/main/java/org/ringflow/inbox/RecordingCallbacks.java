package org.ringflow.inbox;

import org.ringflow.call.CallRecord;
import org.ringflow.call.CallRecordRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Twilio's word that a recording is ready, or its transcription: kept at once, whether or not the
 * voicemail applet has heard of the recording yet.
 */
@Service
public class RecordingCallbacks {

    private static final Logger log = LoggerFactory.getLogger(RecordingCallbacks.class);

    private final Inbox inbox;
    private final CallRecordRepository calls;

    RecordingCallbacks(Inbox inbox, CallRecordRepository calls) {
        this.inbox = inbox;
        this.calls = calls;
    }

    public void recordingCompleted(String callSid, String owner, String recordingSid, String url, Integer durationSeconds) {
        if (durationSeconds != null && durationSeconds == 0) {
            log.info("call {}: empty recording {} not kept", callSid, recordingSid);
            return;
        }
        CallRecord call = calls.findById(callSid).orElse(null);
        inbox.storeVoicemail(callSid, call == null ? "" : call.getFrom(), call == null ? "" : call.getTo(),
                recordingSid, url, durationSeconds, Owner.parse(owner));
    }

    public void transcribed(String callSid, String owner, String recordingSid, String text) {
        CallRecord call = calls.findById(callSid).orElse(null);
        inbox.transcribed(callSid, call == null ? "" : call.getFrom(), call == null ? "" : call.getTo(),
                recordingSid, text, Owner.parse(owner));
    }
}
