package org.ringflow.applet;

import com.twilio.twiml.voice.Number;
import java.util.List;
import org.springframework.stereotype.Component;

/** Connects the caller to an outside number, showing the caller's number or the Ringflow number. */
@Component("forward")
class ForwardApplet extends Applet {

    private static final AppletSpec SPEC = new AppletSpec("forward", "Forward", Channel.CALL, List.of(
            Option.of("number", "Number", Option.Type.PHONE_NUMBER).asRequired(),
            Option.integer("timeoutSeconds", "Seconds to ring", 20, 5, 120),
            Option.choice("callerId", "Caller ID shown", "caller", "caller", "number")),
            List.of("answered", "no-answer", "busy", "failed"), List.of());

    @Override
    public AppletSpec spec() {
        return SPEC;
    }

    @Override
    boolean alwaysWaits() {
        return true;
    }

    @Override
    void start(AppletExecution run) {
        String number = org.ringflow.directory.E164.normalize(run.option("number")).orElseThrow();
        String callerId = run.option("callerId", "caller").equals("number") ? run.to() : run.from();
        run.turn().voice().dial(Dialing.dial(run, run.intOption("timeoutSeconds", 20))
                .callerId(callerId)
                .number(new Number.Builder(number).build())
                .build());
    }

    @Override
    void resume(AppletExecution run, Callback callback) {
        run.leave(Dialing.outcome(callback.dialStatus()));
    }
}
