package org.ringflow.applet;

import java.util.List;
import org.ringflow.inbox.Inbox;
import org.ringflow.inbox.Owner;
import org.springframework.stereotype.Component;

/** Puts the text in a user's or a group's inbox. */
@Component("smsInbox")
class SmsInboxApplet extends Applet {

    private static final AppletSpec SPEC = new AppletSpec("smsInbox", "To Inbox", Channel.SMS, List.of(
            Option.of("userId", "User's inbox", Option.Type.USER).inGroup("owner"),
            Option.of("groupId", "Group's inbox", Option.Type.GROUP).inGroup("owner")),
            List.of(), List.of("owner"));

    private final Inbox inbox;

    SmsInboxApplet(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public AppletSpec spec() {
        return SPEC;
    }

    @Override
    void start(AppletExecution run) {
        Long userId = run.idOption("userId");
        Owner owner = userId != null ? Owner.user(userId) : Owner.group(run.idOption("groupId"));
        inbox.assignText(Long.parseLong(run.variable(FlowVariables.MESSAGE_ID)), owner);
        run.leave();
    }
}
