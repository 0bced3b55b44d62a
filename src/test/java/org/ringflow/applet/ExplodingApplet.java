package org.ringflow.applet;

import java.util.List;
import org.springframework.stereotype.Component;

/** Test-only applet that fails, to prove a failing flow apologises instead of answering Twilio with a 500. */
@Component("explode")
class ExplodingApplet extends Applet {

    @Override
    public AppletSpec spec() {
        return new AppletSpec("explode", "Explode", Channel.CALL, List.of(), List.of(), List.of());
    }

    @Override
    void start(AppletExecution run) {
        throw new IllegalStateException("boom");
    }
}
