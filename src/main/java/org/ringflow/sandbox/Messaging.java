package org.ringflow.sandbox;

import static org.ringflow.sandbox.Twiml.allow;
import static org.ringflow.sandbox.Twiml.attr;
import static org.ringflow.sandbox.Twiml.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ringflow.sandbox.RingflowWebhooks.Reply;
import org.ringflow.sandbox.RingflowWebhooks.WebhookException;
import org.ringflow.sandbox.Twiml.TwimlException;
import org.w3c.dom.Element;

/** An incoming text as Twilio delivers it, and the messaging TwiML Ringflow answers with. */
final class Messaging {

    private Messaging() {
    }

    record Outcome(String messageSid, String from, List<SentMessage> replies, Transcript transcript) {
    }

    static Outcome deliver(SandboxContext context, String from, String to, String body, List<String> mediaUrls) {
        String sid = Sids.next("SM");
        Transcript transcript = new Transcript();
        transcript.add("step", "text from " + from + " to " + to + ": " + body, null);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", context.credentials().accountSid());
        params.put("ApiVersion", "2010-04-01");
        params.put("Body", body);
        params.put("From", from);
        params.put("MessageSid", sid);
        params.put("NumMedia", String.valueOf(mediaUrls.size()));
        params.put("NumSegments", "1");
        params.put("SmsMessageSid", sid);
        params.put("SmsSid", sid);
        params.put("SmsStatus", "received");
        params.put("To", to);
        for (int i = 0; i < mediaUrls.size(); i++) {
            params.put("MediaUrl" + i, mediaUrls.get(i));
            params.put("MediaContentType" + i, mediaUrls.get(i).endsWith(".png") ? "image/png" : "image/jpeg");
        }
        List<SentMessage> replies = new ArrayList<>();
        String url = context.webhooks().publicUrl(context.properties().smsUrl());
        String method = "POST";
        for (int hops = 0; url != null && hops < 10; hops++) {
            String next = null;
            try {
                Reply reply = context.webhooks().send(method, url, params);
                transcript.add("step", method + " " + SandboxCall.path(url) + " -> " + reply.status(), reply.activityId());
                if (!reply.ok()) {
                    transcript.add("error", "HTTP " + reply.status() + " from " + SandboxCall.path(url) + " (Twilio error 11200)", null);
                    break;
                }
                transcript.add("twiml", reply.body() == null ? "" : reply.body().trim(), reply.activityId());
                for (Element verb : Twiml.parseVerbs(reply.body())) {
                    switch (verb.getTagName()) {
                        case "Message" -> {
                            allow(verb, "to", "from", "action", "method", "statusCallback");
                            Twiml.inert(verb, transcript, "action", "statusCallback");
                            SentMessage sent = new SentMessage(Sids.next("SM"), attr(verb, "from", to), attr(verb, "to", from),
                                    body(verb), "twiml", Instant.now());
                            replies.add(sent);
                            context.messages().add(sent);
                            transcript.add("say", "text to " + sent.to() + ": " + sent.body(), reply.activityId());
                        }
                        case "Redirect" -> {
                            allow(verb, "method");
                            method = attr(verb, "method", "POST");
                            next = java.net.URI.create(url).resolve(text(verb)).toString();
                            transcript.add("redirect", "redirect to " + SandboxCall.path(next), reply.activityId());
                        }
                        default -> throw new TwimlException("<" + verb.getTagName() + "> is not a messaging verb the sandbox knows");
                    }
                    if (next != null) {
                        break;
                    }
                }
            } catch (TwimlException | WebhookException e) {
                transcript.add("error", e.getMessage(), null);
                break;
            }
            url = next;
        }
        return new Outcome(sid, from, List.copyOf(replies), transcript);
    }

    /** A {@code <Message>}'s text: its own text, or its {@code <Body>} beside {@code <Media>} children. */
    static String body(Element message) {
        List<Element> children = Twiml.children(message);
        if (children.isEmpty()) {
            return text(message);
        }
        StringBuilder body = new StringBuilder();
        for (Element child : children) {
            switch (child.getTagName()) {
                case "Body" -> body.append(text(child));
                case "Media" -> { }
                default -> throw new TwimlException("<Message> cannot contain <" + child.getTagName() + ">");
            }
        }
        return body.toString();
    }
}
