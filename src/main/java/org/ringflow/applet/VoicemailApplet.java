package org.ringflow.applet;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Redirect;
import java.util.List;
import org.ringflow.inbox.Inbox;
import org.ringflow.inbox.Owner;
import org.springframework.stereotype.Component;

/**
 * Takes a message into a user's or a group's inbox. The recording is stored (committed on its own) before the
 * flow moves on. A trailing Redirect moves the flow on when the caller records nothing, since Twilio then
 * skips the Record's action.
 */
@Component("voicemail")
class VoicemailApplet extends Applet {

    static final String DEFAULT_GREETING = "Please leave a message after the beep.";
    private static final AppletSpec SPEC = new AppletSpec("voicemail", "Voicemail", Channel.CALL, List.of(
            Option.text("greeting", "Greeting to say").inGroup("greeting"),
            Option.of("greetingUrl", "Greeting audio URL", Option.Type.URL).inGroup("greeting"),
            Option.of("userId", "User's inbox", Option.Type.USER).inGroup("owner"),
            Option.of("groupId", "Group's inbox", Option.Type.GROUP).inGroup("owner"),
            Option.integer("maxLengthSeconds", "Longest message (seconds)", 120, 5, 3600),
            new Option("transcribe", "Transcribe", Option.Type.BOOLEAN, false, "false", null, null, null, null),
            Speech.VOICE, Speech.LANGUAGE),
            List.of("recorded", "empty"), List.of("owner"));

    private final Inbox inbox;

    VoicemailApplet(Inbox inbox) {
        this.inbox = inbox;
    }

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
        String greetingUrl = run.option("greetingUrl");
        if (greetingUrl != null) {
            run.turn().voice().play(Speech.play(greetingUrl));
        } else {
            run.turn().voice().say(Speech.say(run, run.option("greeting", DEFAULT_GREETING)));
        }
        String owner = owner(run).toString();
        String step = run.awaitCallback();
        Record.Builder record = new Record.Builder()
                .action(step)
                .method(HttpMethod.POST)
                .maxLength(run.intOption("maxLengthSeconds", 120))
                .playBeep(true)
                .recordingStatusCallback(run.turn().urls().recordingStatus(owner))
                .recordingStatusCallbackMethod(HttpMethod.POST);
        if (Boolean.parseBoolean(run.option("transcribe", "false"))) {
            record.transcribe(true).transcribeCallback(run.turn().urls().transcription(owner));
        }
        run.turn().voice().record(record.build());
        run.turn().voice().redirect(new Redirect.Builder(step).method(HttpMethod.POST).build());
    }

    @Override
    void resume(AppletExecution run, Callback callback) {
        boolean recorded = callback.recordingUrl() != null && callback.recordingSid() != null
                && (callback.recordingDuration() == null || callback.recordingDuration() > 0);
        if (!recorded) {
            run.leave("empty");
            return;
        }
        inbox.storeVoicemail(run.callSid(), run.from(), run.to(), callback.recordingSid(), callback.recordingUrl(),
                callback.recordingDuration(), owner(run));
        run.leave("recorded");
    }

    private static Owner owner(AppletExecution run) {
        Long userId = run.idOption("userId");
        return userId != null ? Owner.user(userId) : Owner.group(run.idOption("groupId"));
    }
}
