package org.ringflow.inbox;

import java.time.Instant;
import java.util.List;
import org.ringflow.directory.Group;
import org.ringflow.directory.GroupRepository;
import org.ringflow.directory.User;
import org.ringflow.system.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Texts and voicemails by inbox. Agents see their own and their groups'; admins and analysts any.
 * Without userId or groupId: everything the caller may see.
 */
@RestController
@RequestMapping("/api")
class InboxController {

    record MessageView(Long id, String messageSid, String direction, String from, String to, String body,
                       List<String> mediaUrls, Long ownerUserId, Long ownerGroupId, boolean read, Instant createdAt) {
    }

    record VoicemailView(Long id, String callSid, String from, String to, String recordingUrl, String recordingSid,
                         Integer durationSeconds, String transcription, Long ownerUserId, Long ownerGroupId,
                         boolean read, Instant createdAt) {
    }

    private final MessageRepository messages;
    private final VoicemailRepository voicemails;
    private final GroupRepository groups;
    private final CurrentUser currentUser;

    InboxController(MessageRepository messages, VoicemailRepository voicemails, GroupRepository groups,
            CurrentUser currentUser) {
        this.messages = messages;
        this.voicemails = voicemails;
        this.groups = groups;
        this.currentUser = currentUser;
    }

    @GetMapping("/messages")
    Page<MessageView> messages(@RequestParam(required = false) Long userId, @RequestParam(required = false) Long groupId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return visible(messages, userId, groupId, page, size).map(m -> new MessageView(m.getId(), m.getMessageSid(), m.getDirection(), m.getFrom(), m.getTo(),
                m.getBody(), m.getMediaUrls() == null ? List.of() : List.of(m.getMediaUrls().split(" ")),
                m.getOwnerUserId(), m.getOwnerGroupId(), m.isRead(), m.getCreatedAt()));
    }

    @GetMapping("/voicemails")
    Page<VoicemailView> voicemails(@RequestParam(required = false) Long userId, @RequestParam(required = false) Long groupId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return visible(voicemails, userId, groupId, page, size).map(v -> new VoicemailView(v.getId(), v.getCallSid(), v.getFrom(), v.getTo(), v.getRecordingUrl(),
                v.getRecordingSid(), v.getDurationSeconds(), v.getTranscription(), v.getOwnerUserId(),
                v.getOwnerGroupId(), v.isRead(), v.getCreatedAt()));
    }

    /** One user's or group's inbox, or everything the caller may see; agents only their own and their groups'. */
    private <T> Page<T> visible(InboxItems<T> items, Long userId, Long groupId, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by(Sort.Direction.DESC, "createdAt"));
        if (userId != null) {
            return items.findByOwnerUserId(allowedUser(userId), request);
        }
        if (groupId != null) {
            return items.findByOwnerGroupId(allowedGroup(groupId), request);
        }
        return currentUser.seesEverything() ? items.findAll(request)
                : items.findByOwnerUserIdOrOwnerGroupIdIn(me().getId(), myGroups(), request);
    }

    private Long allowedUser(Long userId) {
        if (!currentUser.seesEverything() && !userId.equals(me().getId())) {
            throw new AccessDeniedException("agents see only their own inbox and their groups'");
        }
        return userId;
    }

    private Long allowedGroup(Long groupId) {
        if (!currentUser.seesEverything() && !myGroups().contains(groupId)) {
            throw new AccessDeniedException("agents see only the inboxes of their own groups");
        }
        return groupId;
    }

    private User me() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("not a Ringflow user"));
    }

    private List<Long> myGroups() {
        List<Long> ids = groups.findByMember(me().getId()).stream().map(Group::getId).toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
