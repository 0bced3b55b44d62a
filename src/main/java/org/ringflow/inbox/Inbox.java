package org.ringflow.inbox;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where texts and voicemails are kept. Each store commits on its own, before anything else happens to
 * the text or recording, so a flow that fails afterwards loses nothing.
 */
@Service
public class Inbox {

    /** A text as it arrived; {@code isNew} is false when Twilio sent the same message again. */
    public record Received(Message message, boolean isNew) {
    }

    private final MessageRepository messages;
    private final VoicemailRepository voicemails;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    Inbox(MessageRepository messages, VoicemailRepository voicemails, PlatformTransactionManager transactions, Clock clock) {
        this.messages = messages;
        this.voicemails = voicemails;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public Received receiveText(String messageSid, String from, String to, String body, List<String> mediaUrls) {
        Optional<Message> known = messages.findByMessageSid(messageSid);
        if (known.isPresent()) {
            return new Received(known.get(), false);
        }
        try {
            Message stored = ownTransaction.execute(tx -> messages.save(new Message(messageSid, "inbound", from, to, body,
                    mediaUrls.isEmpty() ? null : String.join(" ", mediaUrls), clock.instant())));
            return new Received(stored, true);
        } catch (DataIntegrityViolationException sameMessageAtOnce) {
            return new Received(messages.findByMessageSid(messageSid).orElseThrow(), false);
        }
    }

    public void assignText(long messageId, Owner owner) {
        messages.findById(messageId).ifPresent(m -> {
            m.assignTo(owner);
            messages.save(m);
        });
    }

    /** Keeps a recording as a voicemail (or completes the one its status callback already made). */
    public Voicemail storeVoicemail(String callSid, String from, String to, String recordingSid, String url,
            Integer durationSeconds, Owner owner) {
        return upsert(recordingSid, () -> new Voicemail(callSid, from, to, recordingSid, owner, clock.instant()),
                v -> v.recording(url, durationSeconds));
    }

    public Voicemail transcribed(String callSid, String from, String to, String recordingSid, String text, Owner owner) {
        return upsert(recordingSid, () -> new Voicemail(callSid, from, to, recordingSid, owner, clock.instant()),
                v -> v.transcribed(text));
    }

    private Voicemail upsert(String recordingSid, java.util.function.Supplier<Voicemail> create,
            java.util.function.Consumer<Voicemail> change) {
        for (int attempt = 0; ; attempt++) {
            try {
                return ownTransaction.execute(tx -> {
                    Voicemail voicemail = voicemails.findByRecordingSid(recordingSid).orElseGet(create);
                    change.accept(voicemail);
                    return voicemails.save(voicemail);
                });
            } catch (DataIntegrityViolationException createdAtTheSameTime) {
                if (attempt > 0) {
                    throw createdAtTheSameTime;
                }
            }
        }
    }
}
