package org.ringflow.inbox;

import com.twilio.twiml.MessagingResponse;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.ringflow.applet.CallbackUrls;
import org.ringflow.applet.FlowVariables;
import org.ringflow.applet.Turn;
import org.ringflow.call.WebhookReplies;
import org.ringflow.directory.BlockedNumberRepository;
import org.ringflow.directory.PhoneNumber;
import org.ringflow.directory.PhoneNumberRepository;
import org.ringflow.flow.Flow;
import org.ringflow.flow.FlowService;
import org.ringflow.system.Retries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores every incoming text first (committed on its own), then runs its number's SMS flow; replies are the
 * flow's Messages. A text sent again by Twilio is not run twice.
 */
@Service
public class TextRouter {

    private static final String STEP = "sms";
    private static final Logger log = LoggerFactory.getLogger(TextRouter.class);
    private static final CallbackUrls NO_CALLBACKS = new CallbackUrls() {
        @Override
        public String step(String step) {
            throw new IllegalStateException("SMS applets do not wait");
        }

        @Override
        public String recordingStatus(String owner) {
            throw new IllegalStateException("SMS applets do not record");
        }

        @Override
        public String transcription(String owner) {
            throw new IllegalStateException("SMS applets do not record");
        }
    };

    private final Inbox inbox;
    private final WebhookReplies replies;
    private final PhoneNumberRepository numbers;
    private final BlockedNumberRepository blocked;
    private final FlowService flows;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;

    TextRouter(Inbox inbox, WebhookReplies replies, PhoneNumberRepository numbers, BlockedNumberRepository blocked,
            FlowService flows, RuntimeService runtime, PlatformTransactionManager transactions) {
        this.inbox = inbox;
        this.replies = replies;
        this.numbers = numbers;
        this.blocked = blocked;
        this.flows = flows;
        this.runtime = runtime;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The TwiML answer to an incoming text. */
    public String incoming(IncomingText text) {
        Inbox.Received received = inbox.receiveText(text.messageSid(), text.from(), text.to(), text.body(), text.mediaUrls());
        if (!received.isNew()) {
            log.info("text {} delivered again; answering as before", text.messageSid());
            return replies.find(text.messageSid(), STEP).orElseGet(TextRouter::empty);
        }
        try {
            return Retries.whenRacing(() -> transaction.execute(tx -> route(text, received.message())));
        } catch (RuntimeException e) {
            log.error("the SMS flow for text {} failed; the text is stored (message {})", text.messageSid(),
                    received.message().getId(), e);
            return empty();
        }
    }

    private String route(IncomingText text, Message message) {
        Optional<PhoneNumber> number = numbers.findByNumber(text.to());
        Optional<Flow> flow = number.map(PhoneNumber::getSmsFlowId).flatMap(flows::find);
        String twiml;
        if (blocked.existsByNumber(text.from())) {
            log.info("text {} from blocked number {} stored, no flow run", text.messageSid(), text.from());
            twiml = empty();
        } else if (flow.isEmpty() || flow.get().getProcessDefinitionId() == null) {
            log.warn("text {} to {} stored but reaches no inbox: {}", text.messageSid(), text.to(),
                    number.isEmpty() ? "not a Ringflow number" : "the number has no SMS flow");
            twiml = empty();
        } else {
            try (Turn turn = Turn.open(text.messageSid(), NO_CALLBACKS)) {
                runtime.startProcessInstanceById(flow.get().getProcessDefinitionId(), text.messageSid(), Map.of(
                        FlowVariables.CALL_SID, text.messageSid(), FlowVariables.FROM, text.from(),
                        FlowVariables.TO, text.to(), FlowVariables.BODY, text.body() == null ? "" : text.body(),
                        FlowVariables.MESSAGE_ID, message.getId(), FlowVariables.NUMBER_ID, number.get().getId(),
                        FlowVariables.FLOW_ID, flow.get().getId()));
                twiml = turn.messagingTwiml();
            }
        }
        replies.save(text.messageSid(), STEP, twiml);
        return twiml;
    }

    private static String empty() {
        return new MessagingResponse.Builder().build().toXml();
    }
}
