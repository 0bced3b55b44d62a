package org.ringflow.call;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Reject;
import com.twilio.twiml.voice.Say;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ringflow.applet.Callback;
import org.ringflow.applet.CallbackUrls;
import org.ringflow.applet.FlowVariables;
import org.ringflow.applet.Turn;
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
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each inbound call through its number's flow: starts one process per CallSid, moves it on with each
 * callback and ends it with the call. Every webhook of a call takes the call's row lock first, so callbacks
 * that arrive together are handled one after the other; a repeated webhook gets the TwiML it got before.
 * Nothing here lets an exception reach Twilio: a failing flow apologises and hangs up.
 */
@Service
public class CallRouter {

    static final String APOLOGY = "We are sorry, something went wrong. Please call again later.";
    /** The TwiML of a call whose flow failed: an apology, then the call ends. */
    public static final String APOLOGY_TWIML = new VoiceResponse.Builder()
            .say(new Say.Builder(APOLOGY).build()).hangup(new Hangup.Builder().build()).build().toXml();
    static final String NO_FLOW = "This number is not taking calls right now. Goodbye.";
    private static final String FIRST_STEP = "start";
    private static final Set<String> FINAL_STATUSES = Set.of("completed", "busy", "failed", "no-answer", "canceled");
    private static final Logger log = LoggerFactory.getLogger(CallRouter.class);

    private final CallRecordRepository records;
    private final WebhookReplies replies;
    private final PhoneNumberRepository numbers;
    private final BlockedNumberRepository blocked;
    private final FlowService flows;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    CallRouter(CallRecordRepository records, WebhookReplies replies, PhoneNumberRepository numbers,
            BlockedNumberRepository blocked, FlowService flows, RuntimeService runtime,
            PlatformTransactionManager transactions, Clock clock) {
        this.records = records;
        this.replies = replies;
        this.numbers = numbers;
        this.blocked = blocked;
        this.flows = flows;
        this.runtime = runtime;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A call has come in: answer with the TwiML of its flow's first steps. */
    public VoiceReply incoming(IncomingCall call, CallbackUrls urls) {
        return guarded(call.callSid(), call, () -> transaction.execute(tx -> {
            Optional<CallRecord> known = records.lock(call.callSid());
            if (known.isPresent()) {
                log.info("call {} announced again; answering as before", call.callSid());
                return replay(known.get(), FIRST_STEP);
            }
            return start(call, urls);
        }));
    }

    /** Twilio called back the step a call's flow waits at: move the flow on and answer with what comes next. */
    public VoiceReply resume(String callSid, String step, Callback callback, CallbackUrls urls) {
        return guarded(callSid, null, () -> transaction.execute(tx -> {
            Optional<CallRecord> found = records.lock(callSid);
            if (found.isEmpty()) {
                log.warn("callback for unknown call {} (step {}): hanging up", callSid, step);
                return new VoiceReply(hangup(), null);
            }
            CallRecord record = found.get();
            Optional<String> answered = replies.find(callSid, step);
            if (answered.isPresent()) {
                log.info("callback {} of call {} repeated; answering as before", step, callSid);
                return new VoiceReply(answered.get(), record.getWaitingActivityId());
            }
            if (record.isOver() || !step.equals(record.getWaitingStep())) {
                log.warn("stale callback {} for call {} (waiting at {}): hanging up", step, callSid, record.getWaitingStep());
                return new VoiceReply(hangup(), record.getWaitingActivityId());
            }
            try (Turn turn = Turn.open(callSid, urls)) {
                runtime.signal(record.getWaitingExecutionId(), null, callback, null);
                return taken(record, turn, step);
            }
        }));
    }

    /** The call's status changed; when it ended, its flow ends wherever it waits. */
    public void statusChanged(String callSid, String status, Integer durationSeconds) {
        Retries.whenRacing(() -> transaction.execute(tx -> {
            Optional<CallRecord> found = records.lock(callSid);
            if (found.isEmpty()) {
                log.warn("status {} for unknown call {}", status, callSid);
                return null;
            }
            CallRecord record = found.get();
            if (!FINAL_STATUSES.contains(status)) {
                record.statusChanged(status);
                return null;
            }
            if (record.getProcessInstanceId() != null) {
                runtime.deleteProcessInstanceIfExists(record.getProcessInstanceId(), "call " + status, true, true, false, false);
            }
            if (!record.isOver()) {
                record.ended(status, durationSeconds, clock.instant());
            }
            return null;
        }));
    }

    private VoiceReply start(IncomingCall call, CallbackUrls urls) {
        Optional<PhoneNumber> number = numbers.findByNumber(call.to());
        if (blocked.existsByNumber(call.from())) {
            log.info("call {} from blocked number {} rejected", call.callSid(), call.from());
            return unrouted(call, number, "blocked", new VoiceResponse.Builder().reject(new Reject.Builder().build()));
        }
        Optional<Flow> flow = number.map(PhoneNumber::getCallFlowId).flatMap(flows::find);
        if (flow.isEmpty() || flow.get().getProcessDefinitionId() == null) {
            log.warn("call {} to {} reaches nobody: {}", call.callSid(), call.to(),
                    number.isEmpty() ? "not a Ringflow number" : "the number has no call flow");
            return unrouted(call, number, "no-flow", new VoiceResponse.Builder()
                    .say(new Say.Builder(NO_FLOW).build()).hangup(new Hangup.Builder().build()));
        }
        CallRecord record = records.saveAndFlush(new CallRecord(call.callSid(), call.from(), call.to(),
                number.get().getId(), "in-progress", clock.instant()));
        try (Turn turn = Turn.open(call.callSid(), urls)) {
            ProcessInstance instance = runtime.startProcessInstanceById(flow.get().getProcessDefinitionId(), call.callSid(),
                    Map.of(FlowVariables.CALL_SID, call.callSid(), FlowVariables.FROM, call.from(),
                            FlowVariables.TO, call.to(), FlowVariables.NUMBER_ID, number.get().getId(),
                            FlowVariables.FLOW_ID, flow.get().getId()));
            record.flowStarted(flow.get().getId(), flow.get().getVersion(), instance.getId());
            return taken(record, turn, FIRST_STEP);
        }
    }

    private VoiceReply taken(CallRecord record, Turn turn, String step) {
        record.turnTaken(turn.waiting());
        String twiml = turn.voiceTwiml();
        records.save(record);
        replies.save(record.getCallSid(), step, twiml);
        return new VoiceReply(twiml, record.getWaitingActivityId());
    }

    private VoiceReply unrouted(IncomingCall call, Optional<PhoneNumber> number, String status, VoiceResponse.Builder twiml) {
        CallRecord record = new CallRecord(call.callSid(), call.from(), call.to(),
                number.map(PhoneNumber::getId).orElse(null), status, clock.instant());
        record.ended(status, 0, clock.instant());
        records.saveAndFlush(record);
        String xml = twiml.build().toXml();
        replies.save(call.callSid(), FIRST_STEP, xml);
        return new VoiceReply(xml, null);
    }

    private VoiceReply replay(CallRecord record, String step) {
        return new VoiceReply(replies.find(record.getCallSid(), step).orElseGet(CallRouter::hangup),
                record.getWaitingActivityId());
    }

    private VoiceReply guarded(String callSid, IncomingCall call, java.util.function.Supplier<VoiceReply> work) {
        try {
            return Retries.whenRacing(work);
        } catch (RuntimeException e) {
            log.error("the flow of call {} failed; apologising and hanging up", callSid, e);
            recordFailure(callSid, call, e);
            return new VoiceReply(APOLOGY_TWIML, null);
        }
    }

    private void recordFailure(String callSid, IncomingCall call, RuntimeException e) {
        try {
            ownTransaction.executeWithoutResult(tx -> {
                CallRecord record = records.findById(callSid).orElseGet(() -> call == null ? null
                        : new CallRecord(callSid, call.from(), call.to(), null, "failed", clock.instant()));
                if (record == null) {
                    return;
                }
                record.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
                records.save(record);
            });
        } catch (RuntimeException recordingFailed) {
            log.error("could not record the failure of call {}", callSid, recordingFailed);
        }
    }

    private static String hangup() {
        return new VoiceResponse.Builder().hangup(new Hangup.Builder().build()).build().toXml();
    }
}
