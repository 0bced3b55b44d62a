package org.ringflow.twilio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ringflow.inbox.IncomingText;
import org.ringflow.inbox.TextRouter;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Twilio's messaging webhook: an incoming text, answered with the SMS flow's replies. */
@RestController
class SmsWebhookController {

    private final TextRouter router;

    SmsWebhookController(TextRouter router) {
        this.router = router;
    }

    @PostMapping(path = WebhookUrls.SMS, produces = MediaType.TEXT_XML_VALUE)
    ResponseEntity<String> incoming(@RequestParam Map<String, String> p) {
        String messageSid = p.getOrDefault("MessageSid", p.get("SmsSid"));
        if (messageSid == null || messageSid.isBlank()) {
            throw new MissingTwilioParameter("MessageSid");
        }
        try (var mdc = MDC.putCloseable("callSid", messageSid)) {
            List<String> media = new ArrayList<>();
            Integer numMedia = VoiceWebhookController.integer(p.get("NumMedia"));
            int count = numMedia == null ? 0 : numMedia;
            for (int i = 0; i < Math.min(count, 10); i++) {
                String url = p.get("MediaUrl" + i);
                if (url != null) {
                    media.add(url);
                }
            }
            IncomingText text = new IncomingText(messageSid, VoiceWebhookController.number(p.get("From")),
                    VoiceWebhookController.number(p.get("To")), p.get("Body"), media);
            return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(router.incoming(text));
        }
    }
}
