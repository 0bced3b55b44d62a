package org.ringflow.call;

import org.ringflow.applet.CallAnswered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Notes on the call record who answered and when (in the transaction of the callback that said so). */
@Component
class CallAnsweredListener {

    private final CallRecordRepository records;

    CallAnsweredListener(CallRecordRepository records) {
        this.records = records;
    }

    @EventListener
    void on(CallAnswered answered) {
        records.findById(answered.callSid()).ifPresent(record -> {
            record.answered(answered.userId(), answered.at());
            records.save(record);
        });
    }
}
