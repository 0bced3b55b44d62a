package org.ringflow.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ringflow.twilio.TwilioCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The part of Twilio's REST API Ringflow calls, served at /sandbox/twilio/2010-04-01/... for twilio-java
 * (see TwilioRestClientConfig): messages, live call updates, conferences and participants. Requests authenticate
 * with the account SID and auth token, like Twilio's; every request is recorded, known or not.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping(SandboxServer.REST_PATH + "/2010-04-01/Accounts/{accountSid}")
class TwilioApiEmulator {

    private static final Logger log = LoggerFactory.getLogger(TwilioApiEmulator.class);

    private final Sandbox sandbox;
    private final TwilioCredentials credentials;

    TwilioApiEmulator(Sandbox sandbox, TwilioCredentials credentials) {
        this.sandbox = sandbox;
        this.credentials = credentials;
    }

    @RequestMapping(path = "/Messages.json", method = RequestMethod.POST)
    ResponseEntity<String> createMessage(@PathVariable String accountSid, HttpServletRequest request) {
        return handle(accountSid, request, params -> {
            if (!params.containsKey("To") || (!params.containsKey("Body") && !params.containsKey("MediaUrl"))) {
                return respond(400, TwilioJson.error(400, 21602, "Message body is required."));
            }
            SentMessage message = new SentMessage(Sids.next("SM"), params.getOrDefault("From", params.get("MessagingServiceSid")),
                    params.get("To"), params.getOrDefault("Body", ""), "rest", Instant.now());
            sandbox.sent(message);
            return respond(201, TwilioJson.message(accountSid, message, "queued"));
        });
    }

    @RequestMapping(path = "/Calls/{callSid}.json", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<String> call(@PathVariable String accountSid, @PathVariable String callSid, HttpServletRequest request) {
        return handle(accountSid, request, params -> {
            Optional<SandboxCall> found = sandbox.find(callSid);
            if (found.isEmpty()) {
                return notFound("Call", callSid);
            }
            SandboxCall call = found.get();
            if (request.getMethod().equals("POST")) {
                if (call.state() == SandboxCall.State.ENDED) {
                    return respond(400, TwilioJson.error(400, 21220, "Call is not in-progress. Cannot redirect."));
                }
                call.redirectFromRest(params.get("Twiml"), params.get("Url"), params.get("Method"), params.get("Status"));
            }
            return respond(200, TwilioJson.call(accountSid, call));
        });
    }

    @RequestMapping(path = "/Conferences.json", method = RequestMethod.GET)
    ResponseEntity<String> conferences(@PathVariable String accountSid, HttpServletRequest request) {
        return handle(accountSid, request, params -> {
            List<Map<String, Object>> items = sandbox.conferences().all().stream()
                    .filter(c -> !params.containsKey("FriendlyName") || c.name().equals(params.get("FriendlyName")))
                    .filter(c -> !params.containsKey("Status") || c.status().equals(params.get("Status")))
                    .map(c -> TwilioJson.conference(accountSid, c)).toList();
            return respond(200, TwilioJson.page("conferences", TwilioJson.base(accountSid) + "/Conferences.json", items));
        });
    }

    @RequestMapping(path = "/Conferences/{sid}.json", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<String> conference(@PathVariable String accountSid, @PathVariable String sid, HttpServletRequest request) {
        return handle(accountSid, request, params -> {
            Optional<Conferences.Conference> conference = sandbox.conferences().find(sid);
            if (conference.isEmpty()) {
                return notFound("Conference", sid);
            }
            if ("completed".equals(params.get("Status"))) {
                sandbox.conferences().end(conference.get());
            }
            return respond(200, TwilioJson.conference(accountSid, conference.get()));
        });
    }

    @RequestMapping(path = "/Conferences/{sid}/Participants.json", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<String> participants(@PathVariable String accountSid, @PathVariable String sid, HttpServletRequest request) {
        return handle(accountSid, request, params -> {
            Optional<Conferences.Conference> found = sandbox.conferences().find(sid);
            if (found.isEmpty()) {
                return notFound("Conference", sid);
            }
            Conferences.Conference conference = found.get();
            if (request.getMethod().equals("POST")) {
                if (!params.containsKey("From") || !params.containsKey("To")) {
                    return respond(400, TwilioJson.error(400, 21604, "'From' and 'To' are required."));
                }
                Conferences.Participant participant = sandbox.conferences().invite(conference, params.get("To"),
                        params.get("Label"), bool(params, "StartConferenceOnEnter", true),
                        bool(params, "EndConferenceOnExit", false), bool(params, "Muted", false));
                return respond(201, TwilioJson.participant(accountSid, conference, participant));
            }
            List<Map<String, Object>> items = conference.participants().stream()
                    .map(p -> TwilioJson.participant(accountSid, conference, p)).toList();
            return respond(200, TwilioJson.page("participants",
                    TwilioJson.base(accountSid) + "/Conferences/" + sid + "/Participants.json", items));
        });
    }

    @RequestMapping(path = "/Conferences/{sid}/Participants/{id}.json",
            method = {RequestMethod.GET, RequestMethod.POST, RequestMethod.DELETE})
    ResponseEntity<String> participant(@PathVariable String accountSid, @PathVariable String sid, @PathVariable String id,
            HttpServletRequest request) {
        return handle(accountSid, request, params -> {
            Optional<Conferences.Conference> conference = sandbox.conferences().find(sid);
            Optional<Conferences.Participant> participant = conference.flatMap(c -> sandbox.conferences().participant(c, id));
            if (participant.isEmpty()) {
                return notFound("Participant", id);
            }
            switch (request.getMethod()) {
                case "DELETE" -> {
                    sandbox.conferences().leave(conference.get(), participant.get().callSid());
                    return ResponseEntity.noContent().build();
                }
                case "POST" -> sandbox.conferences().update(participant.get(),
                        params.containsKey("Hold") ? Boolean.valueOf(params.get("Hold")) : null, params.get("HoldUrl"),
                        params.containsKey("Muted") ? Boolean.valueOf(params.get("Muted")) : null);
                default -> { }
            }
            return respond(200, TwilioJson.participant(accountSid, conference.get(), participant.get()));
        });
    }

    @RequestMapping(path = "/**")
    ResponseEntity<String> unknown(@PathVariable String accountSid, HttpServletRequest request) {
        return handle(accountSid, request, params -> {
            log.warn("the sandbox does not emulate {} {} (params {})", request.getMethod(), request.getRequestURI(), params.keySet());
            return respond(404, TwilioJson.error(404, 20404, "The sandbox does not emulate " + request.getMethod() + " "
                    + request.getRequestURI()));
        });
    }

    private ResponseEntity<String> handle(String accountSid, HttpServletRequest request,
            java.util.function.Function<Map<String, String>, ResponseEntity<String>> handler) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values.length == 0 ? "" : values[0]));
        ResponseEntity<String> response = authenticated(accountSid, request)
                ? handler.apply(params)
                : respond(401, TwilioJson.error(401, 20003, "Authenticate"));
        String path = request.getRequestURI().substring(SandboxServer.REST_PATH.length());
        sandbox.record(new RestRequest(Instant.now(), request.getMethod(), path, Map.copyOf(params), response.getStatusCode().value()));
        return response;
    }

    private boolean authenticated(String accountSid, HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Basic ") || !accountSid.equals(credentials.accountSid())) {
            return false;
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        return decoded.equals(credentials.accountSid() + ":" + credentials.authToken());
    }

    private static ResponseEntity<String> notFound(String what, String sid) {
        return respond(404, TwilioJson.error(404, 20404, "The requested resource " + what + " " + sid + " was not found"));
    }

    private static ResponseEntity<String> respond(int status, Object body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(TwilioJson.write(body));
    }

    private static boolean bool(Map<String, String> params, String name, boolean fallback) {
        return params.containsKey(name) ? Boolean.parseBoolean(params.get(name)) : fallback;
    }
}
