package org.ringflow.applet;

import java.util.List;
import org.springframework.stereotype.Component;

/** Says a text or plays a recording, then moves on. */
@Component("greeting")
class GreetingApplet extends Applet {

    private static final AppletSpec SPEC = new AppletSpec("greeting", "Greeting", Channel.CALL, List.of(
            Option.text("say", "Text to say").inGroup("audio"),
            Option.of("play", "Audio URL", Option.Type.URL).inGroup("audio"),
            Speech.VOICE, Speech.LANGUAGE), List.of(), List.of("audio"));

    @Override
    public AppletSpec spec() {
        return SPEC;
    }

    @Override
    void start(AppletExecution run) {
        String play = run.option("play");
        if (play != null) {
            run.turn().voice().play(Speech.play(play));
        } else {
            run.turn().voice().say(Speech.say(run, run.option("say")));
        }
        run.leave();
    }
}
