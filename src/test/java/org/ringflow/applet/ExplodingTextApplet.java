package org.ringflow.applet;

import java.util.List;
import org.springframework.stereotype.Component;

/** Test-only SMS applet that fails, to prove a text is kept even when its flow fails. */
@Component("explodeText")
class ExplodingTextApplet extends Applet {

    @Override
    public AppletSpec spec() {
        return new AppletSpec("explodeText", "Explode", Channel.SMS, List.of(), List.of(), List.of());
    }

    @Override
    void start(AppletExecution run) {
        throw new IllegalStateException("boom");
    }
}
