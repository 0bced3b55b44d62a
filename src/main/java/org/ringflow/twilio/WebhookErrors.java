package org.ringflow.twilio;

import com.twilio.twiml.MessagingResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.ringflow.call.CallRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What Twilio gets when a webhook fails anyway (the database is down, a bug): never a 500, always TwiML. A call
 * hears an apology and ends; a text gets no reply. The failure is logged with the CallSid or MessageSid.
 */
@RestControllerAdvice(assignableTypes = {VoiceWebhookController.class, SmsWebhookController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebhookErrors {

    private static final Logger log = LoggerFactory.getLogger(WebhookErrors.class);

    @ExceptionHandler(MissingTwilioParameter.class)
    ResponseEntity<String> missing(MissingTwilioParameter e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> failed(Exception e, HttpServletRequest request) {
        String sid = request.getParameter("CallSid") != null ? request.getParameter("CallSid")
                : request.getParameter("MessageSid") != null ? request.getParameter("MessageSid") : request.getParameter("call");
        log.error("webhook {} failed for {}; answering Twilio with TwiML all the same", request.getRequestURI(), sid, e);
        String twiml = request.getRequestURI().startsWith(WebhookUrls.SMS)
                ? new MessagingResponse.Builder().build().toXml()
                : CallRouter.APOLOGY_TWIML;
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(twiml);
    }
}
