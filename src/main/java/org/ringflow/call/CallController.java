package org.ringflow.call;

import java.time.Instant;
import org.ringflow.directory.User;
import org.ringflow.system.CurrentUser;
import org.ringflow.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Call records. Admins and analysts see all calls; agents the calls they answered. */
@RestController
@RequestMapping("/api/calls")
class CallController {

    record CallView(String callSid, String from, String to, Long numberId, Long flowId, Integer flowVersion,
                    String processInstanceId, String status, Instant startedAt, Instant answeredAt, Instant endedAt,
                    Integer durationSeconds, Long answeredByUserId, String waitingActivityId, String error) {

        static CallView of(CallRecord c) {
            return new CallView(c.getCallSid(), c.getFrom(), c.getTo(), c.getNumberId(), c.getFlowId(), c.getFlowVersion(),
                    c.getProcessInstanceId(), c.getStatus(), c.getStartedAt(), c.getAnsweredAt(), c.getEndedAt(),
                    c.getDurationSeconds(), c.getAnsweredByUserId(), c.getWaitingActivityId(), c.getError());
        }
    }

    private final CallRecordRepository records;
    private final CurrentUser currentUser;

    CallController(CallRecordRepository records, CurrentUser currentUser) {
        this.records = records;
        this.currentUser = currentUser;
    }

    @GetMapping
    Page<CallView> list(@RequestParam(required = false) Long numberId, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Long userId = currentUser.seesEverything() ? null : me().getId();
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by(Sort.Direction.DESC, "startedAt"));
        return records.search(userId, numberId, status, request).map(CallView::of);
    }

    @GetMapping("/{callSid}")
    CallView get(@PathVariable String callSid) {
        CallRecord record = records.findById(callSid).orElseThrow(() -> new NotFoundException("call", callSid));
        if (!currentUser.seesEverything() && !me().getId().equals(record.getAnsweredByUserId())) {
            throw new AccessDeniedException("agents see only the calls they answered");
        }
        return CallView.of(record);
    }

    private User me() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("not a Ringflow user"));
    }
}
