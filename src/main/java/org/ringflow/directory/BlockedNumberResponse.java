package org.ringflow.directory;

import java.time.Instant;

record BlockedNumberResponse(Long id, String number, String reason, String createdBy, Instant createdAt) {

    static BlockedNumberResponse of(BlockedNumber blocked) {
        return new BlockedNumberResponse(blocked.getId(), blocked.getNumber(), blocked.getReason(),
                blocked.getCreatedBy(), blocked.getCreatedAt());
    }
}
