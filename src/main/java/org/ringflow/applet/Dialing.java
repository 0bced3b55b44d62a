package org.ringflow.applet;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.voice.Client;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Number;
import java.util.List;
import org.ringflow.directory.User;

/** Ringing people: every endpoint of a user at once (their browser or app, and their own phone). */
final class Dialing {

    private Dialing() {
    }

    static Dial.Builder dial(AppletExecution run, int timeoutSeconds) {
        return new Dial.Builder()
                .timeout(timeoutSeconds)
                .method(HttpMethod.POST)
                .action(run.awaitCallback());
    }

    static Dial ringUsers(AppletExecution run, List<User> users, int timeoutSeconds) {
        Dial.Builder dial = dial(run, timeoutSeconds);
        for (User user : users) {
            dial.client(new Client.Builder().identity(user.getClientIdentity()).build());
            if (user.getForwardNumber() != null) {
                dial.number(new Number.Builder(user.getForwardNumber()).build());
            }
        }
        return dial.build();
    }

    /** A Dial's status in outcome words: answered, busy, failed or no-answer. */
    static String outcome(String dialStatus) {
        if (dialStatus == null) {
            return "failed";
        }
        return switch (dialStatus) {
            case "completed", "answered" -> "answered";
            case "busy" -> "busy";
            case "failed" -> "failed";
            default -> "no-answer"; // no-answer, canceled
        };
    }
}
