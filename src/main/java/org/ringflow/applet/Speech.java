package org.ringflow.applet;

import com.twilio.twiml.voice.Play;
import com.twilio.twiml.voice.Say;
import java.util.Arrays;
import java.util.Optional;

/** What callers hear: a Say in the chosen voice and language, or a Play of an audio URL. */
final class Speech {

    static final Option VOICE = Option.of("voice", "Voice", Option.Type.VOICE);
    static final Option LANGUAGE = Option.of("language", "Language", Option.Type.LANGUAGE);

    private Speech() {
    }

    static Say say(String text, String voice, String language) {
        Say.Builder say = new Say.Builder(text);
        voice(voice).ifPresent(say::voice);
        language(language).ifPresent(say::language);
        return say.build();
    }

    static Say say(AppletExecution run, String text) {
        return say(text, run.option("voice"), run.option("language"));
    }

    static Play play(String url) {
        return new Play.Builder(url).build();
    }

    static Optional<Say.Voice> voice(String value) {
        return value == null ? Optional.empty()
                : Arrays.stream(Say.Voice.values()).filter(v -> v.toString().equalsIgnoreCase(value)).findFirst();
    }

    static Optional<Say.Language> language(String value) {
        return value == null ? Optional.empty()
                : Arrays.stream(Say.Language.values()).filter(l -> l.toString().equalsIgnoreCase(value)).findFirst();
    }
}
