package org.ringflow.applet;

import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;
import java.util.List;
import org.springframework.stereotype.Component;

/** Answers the text; {{from}}, {{to}} and {{body}} in the message are filled in. */
@Component("smsReply")
class SmsReplyApplet extends Applet {

    private static final AppletSpec SPEC = new AppletSpec("smsReply", "Reply", Channel.SMS, List.of(
            Option.text("message", "Reply").asRequired()), List.of(), List.of());

    @Override
    public AppletSpec spec() {
        return SPEC;
    }

    @Override
    void start(AppletExecution run) {
        String text = run.option("message")
                .replace("{{from}}", nullToEmpty(run.from()))
                .replace("{{to}}", nullToEmpty(run.to()))
                .replace("{{body}}", nullToEmpty(run.variable(FlowVariables.BODY)));
        run.turn().messaging().message(new Message.Builder().body(new Body.Builder(text).build()).build());
        run.leave();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
