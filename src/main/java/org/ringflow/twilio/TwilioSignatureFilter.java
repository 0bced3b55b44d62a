package org.ringflow.twilio;

import com.twilio.security.RequestValidator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ringflow.system.RingflowProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request into /twilio/** only when its X-Twilio-Signature was made with our auth token over the
 * public URL and the form body: anything else is answered 403 before a flow starts or a record is written.
 */
public class TwilioSignatureFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Twilio-Signature";
    private static final Logger log = LoggerFactory.getLogger(TwilioSignatureFilter.class);

    private final RequestValidator validator;
    private final RingflowProperties ringflow;
    private final boolean enabled;

    public TwilioSignatureFilter(TwilioCredentials credentials, RingflowProperties ringflow, TwilioProperties twilio) {
        this.validator = new RequestValidator(credentials.authToken());
        this.ringflow = ringflow;
        this.enabled = twilio.validateSignatures();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FormRequest form = FormRequest.read(request);
        if (enabled) {
            String signature = request.getHeader(HEADER);
            String url = ringflow.url(request.getRequestURI())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            if (signature == null || !validator.validate(url, form.bodyParameters(), signature)) {
                log.warn("rejected {} {}: {} X-Twilio-Signature (CallSid={}, MessageSid={})", request.getMethod(), url,
                        signature == null ? "missing" : "wrong", form.getParameter("CallSid"), form.getParameter("MessageSid"));
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("text/plain");
                response.getWriter().write("invalid Twilio signature");
                return;
            }
        }
        chain.doFilter(form, response);
    }
}
