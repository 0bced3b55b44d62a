package org.ringflow.sandbox;

import java.util.List;

/** A text the sandbox delivered to Ringflow, and what came back. */
public final class TextScript {

    private final Messaging.Outcome outcome;

    TextScript(Messaging.Outcome outcome) {
        this.outcome = outcome;
        if (!outcome.transcript().errors().isEmpty()) {
            throw new AssertionError("the text went wrong: " + outcome.transcript().errors() + "\n" + outcome.transcript());
        }
    }

    public String sid() {
        return outcome.messageSid();
    }

    public List<SentMessage> replies() {
        return outcome.replies();
    }

    public Transcript transcript() {
        return outcome.transcript();
    }

    /** Ringflow answered the sender with a text containing {@code text}. */
    public TextScript repliesWith(String text) {
        boolean found = outcome.replies().stream().anyMatch(m -> m.body().contains(text) && m.to().equals(outcome.from()));
        if (!found) {
            throw new AssertionError("expected a reply to " + outcome.from() + " containing \"" + text + "\", got "
                    + outcome.replies() + "\n" + outcome.transcript());
        }
        return this;
    }

    /** Ringflow sent a text containing {@code text} to {@code to} (a forward). */
    public TextScript forwardsTo(String to, String text) {
        if (outcome.replies().stream().noneMatch(m -> m.to().equals(to) && m.body().contains(text))) {
            throw new AssertionError("expected a text to " + to + " containing \"" + text + "\", got " + outcome.replies()
                    + "\n" + outcome.transcript());
        }
        return this;
    }

    public TextScript repliesNothing() {
        if (!outcome.replies().isEmpty()) {
            throw new AssertionError("expected no reply, got " + outcome.replies() + "\n" + outcome.transcript());
        }
        return this;
    }
}
