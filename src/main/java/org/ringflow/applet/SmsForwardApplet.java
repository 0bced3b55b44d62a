package org.ringflow.applet;

import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;
import java.util.List;
import org.ringflow.directory.E164;
import org.springframework.stereotype.Component;

/** Sends the text on to another number, naming who sent it. */
@Component("smsForward")
class SmsForwardApplet extends Applet {

    private static final AppletSpec SPEC = new AppletSpec("smsForward", "Forward", Channel.SMS, List.of(
            Option.of("number", "Number", Option.Type.PHONE_NUMBER).asRequired()), List.of(), List.of());

    @Override
    public AppletSpec spec() {
        return SPEC;
    }

    @Override
    void start(AppletExecution run) {
        String text = "From " + run.from() + ": " + run.variable(FlowVariables.BODY);
        run.turn().messaging().message(new Message.Builder()
                .to(E164.normalize(run.option("number")).orElseThrow())
                .body(new Body.Builder(text).build())
                .build());
        run.leave();
    }
}
