package org.ringflow.applet;

import com.twilio.twiml.voice.Hangup;
import java.util.List;
import org.springframework.stereotype.Component;

/** Ends the call. */
@Component("hangup")
class HangupApplet extends Applet {

    private static final AppletSpec SPEC = new AppletSpec("hangup", "Hangup", Channel.CALL, List.of(), List.of(), List.of());

    @Override
    public AppletSpec spec() {
        return SPEC;
    }

    @Override
    void start(AppletExecution run) {
        run.turn().voice().hangup(new Hangup.Builder().build());
        run.turn().hungUp();
        run.leave();
    }
}
