package org.ringflow.applet;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where each round-robin group starts ringing. Kept in the database under a row lock, so two nodes
 * (or two calls at once) never start on the same member.
 */
@Component
class RingCursors {

    private final JdbcTemplate jdbc;

    RingCursors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The member index to start at this time, moving the cursor one on for the next call. */
    int next(long groupId, int members) {
        try {
            jdbc.update("insert into ring_cursor (group_id, next_index) values (?, 0)", groupId);
        } catch (DuplicateKeyException alreadyThere) {
            // the usual case
        }
        int start = jdbc.queryForObject("select next_index from ring_cursor where group_id = ? for update",
                Integer.class, groupId) % members;
        jdbc.update("update ring_cursor set next_index = ? where group_id = ?", (start + 1) % members, groupId);
        return start;
    }
}
