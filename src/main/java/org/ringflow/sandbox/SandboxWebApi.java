package org.ringflow.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ringflow.system.BadRequestException;
import org.ringflow.system.ConflictException;
import org.ringflow.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Test call" and "Test text" for admins (web UI, command line): calls a person drives, with real timers for
 * Gather and Dial timeouts, and a transcript to poll.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/api/sandbox")
@PreAuthorize("hasRole('ADMIN')")
class SandboxWebApi {

    private static final int WEB_CALL_MAX_SECONDS = 3600;

    private final Sandbox sandbox;
    private final SandboxTimers timers;

    SandboxWebApi(Sandbox sandbox, SandboxTimers timers) {
        this.sandbox = sandbox;
        this.timers = timers;
    }

    record PlaceCall(String from, String to) {
    }

    record CallView(String id, String from, String to, String state, String status, List<String> ringing,
            String activityId, List<TranscriptEntry> transcript) {

        static CallView of(SandboxCall call) {
            return new CallView(call.sid(), call.from(), call.to(), call.state().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    call.finalStatus(), call.ringing(), call.currentActivityId(), call.transcript().entries());
        }
    }

    record SendText(String from, String to, String body) {
    }

    record TextView(String id, List<SentMessage> replies, List<TranscriptEntry> transcript) {
    }

    record NumberRule(String number, String rule) {
    }

    @PostMapping("/calls")
    @ResponseStatus(HttpStatus.CREATED)
    CallView place(@RequestBody PlaceCall request) {
        require("from", request.from());
        require("to", request.to());
        SandboxCall call = sandbox.place(request.from().trim(), request.to().trim(), timers);
        timers.schedule(call::hangUp, WEB_CALL_MAX_SECONDS); // nobody leaves a test call open for ever
        return CallView.of(call);
    }

    @GetMapping("/calls/{id}")
    CallView call(@PathVariable String id) {
        return CallView.of(find(id));
    }

    @PostMapping("/calls/{id}/press")
    CallView press(@PathVariable String id, @RequestBody Map<String, String> body) {
        String digits = require("digits", body.get("digits"));
        if (!digits.matches("[0-9*#]+")) {
            throw new BadRequestException("digits", "only 0-9, * and # can be pressed");
        }
        return act(id, call -> call.press(digits));
    }

    @PostMapping("/calls/{id}/answer")
    CallView answer(@PathVariable String id, @RequestBody Map<String, String> body) {
        String client = require("client", body.get("client"));
        return act(id, call -> call.answer(client));
    }

    @PostMapping("/calls/{id}/decline")
    CallView decline(@PathVariable String id, @RequestBody Map<String, String> body) {
        String client = require("client", body.get("client"));
        return act(id, call -> call.decline(client));
    }

    /** The caller hangs up, or with {"party": "callee"} the person the call is connected to. */
    @PostMapping("/calls/{id}/hangup")
    CallView hangup(@PathVariable String id, @RequestBody(required = false) Map<String, String> body) {
        boolean callee = body != null && "callee".equals(body.get("party"));
        return act(id, callee ? SandboxCall::calleeHangsUp : SandboxCall::hangUp);
    }

    @PostMapping("/texts")
    TextView text(@RequestBody SendText request) {
        require("from", request.from());
        require("to", request.to());
        Messaging.Outcome outcome = Messaging.deliver(sandbox.context(), request.from().trim(), request.to().trim(),
                request.body() == null ? "" : request.body(), List.of());
        return new TextView(outcome.messageSid(), outcome.replies(), outcome.transcript().entries());
    }

    @PutMapping("/numbers")
    NumberRule rule(@RequestBody NumberRule request) {
        require("number", request.number());
        Callees.Rule rule;
        try {
            rule = Callees.Rule.valueOf(require("rule", request.rule()).toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("rule", "one of answer, busy, fail, no-answer");
        }
        sandbox.callees().rule(request.number().trim(), rule);
        return request;
    }

    @GetMapping("/requests")
    List<RestRequest> requests() {
        return sandbox.requests();
    }

    @GetMapping("/messages")
    List<SentMessage> messages() {
        return sandbox.messages();
    }

    private CallView act(String id, java.util.function.Consumer<SandboxCall> action) {
        SandboxCall call = find(id);
        try {
            action.accept(call);
        } catch (IllegalStateException e) {
            throw new ConflictException("state", e.getMessage());
        }
        return CallView.of(call);
    }

    private SandboxCall find(String id) {
        return sandbox.find(id).orElseThrow(() -> new NotFoundException("sandbox call", id));
    }

    private static String require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(field, "is required");
        }
        return value;
    }
}
