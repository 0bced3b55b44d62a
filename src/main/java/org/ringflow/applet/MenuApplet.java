package org.ringflow.applet;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.voice.Gather;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Asks the caller to press a key. Leaves by the key pressed when a branch tests it; after the retries, by
 * {@code timeout} when nothing was ever pressed, else by {@code invalid}.
 */
@Component("menu")
class MenuApplet extends Applet {

    static final List<String> KEYS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#");
    private static final String ATTEMPT = "menuAttempt";
    private static final String PRESSED = "menuPressedSomething";
    private static final AppletSpec SPEC = new AppletSpec("menu", "Menu", Channel.CALL, List.of(
            Option.text("prompt", "Prompt to say").inGroup("prompt"),
            Option.of("promptUrl", "Prompt audio URL", Option.Type.URL).inGroup("prompt"),
            Option.integer("timeoutSeconds", "Seconds to wait for a key", 5, 1, 60),
            Option.integer("maxRetries", "Retries", 2, 0, 10),
            Option.text("invalidMessage", "Said after a wrong key").withDefault("Sorry, that is not a valid choice."),
            Speech.VOICE, Speech.LANGUAGE),
            concat(KEYS, List.of("timeout", "invalid")), List.of("prompt"));

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
        run.setState(ATTEMPT, 0);
        run.setState(PRESSED, false);
        gather(run);
    }

    @Override
    void resume(AppletExecution run, Callback callback) {
        String digits = callback.digits() == null ? "" : callback.digits().trim();
        Set<String> tested = run.testedOutcomes();
        if (!digits.isEmpty()) {
            String key = digits.substring(0, 1);
            if (tested.contains(key)) {
                run.leave(key);
                return;
            }
            run.setState(PRESSED, true);
        }
        int attempt = (Integer) run.state(ATTEMPT) + 1;
        if (attempt > run.intOption("maxRetries", 2)) {
            run.leave(Boolean.TRUE.equals(run.state(PRESSED)) ? "invalid" : "timeout");
            return;
        }
        run.setState(ATTEMPT, attempt);
        if (!digits.isEmpty()) {
            run.turn().voice().say(Speech.say(run, run.option("invalidMessage", "Sorry, that is not a valid choice.")));
        }
        gather(run);
    }

    private void gather(AppletExecution run) {
        Gather.Builder gather = new Gather.Builder()
                .inputs(Gather.Input.DTMF)
                .numDigits(1)
                .finishOnKey("")
                .timeout(run.intOption("timeoutSeconds", 5))
                .actionOnEmptyResult(true)
                .method(HttpMethod.POST)
                .action(run.awaitCallback());
        String promptUrl = run.option("promptUrl");
        if (promptUrl != null) {
            gather.play(Speech.play(promptUrl));
        } else {
            gather.say(Speech.say(run, run.option("prompt")));
        }
        run.turn().voice().gather(gather.build());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
