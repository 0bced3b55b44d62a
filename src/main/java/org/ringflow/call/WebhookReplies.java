package org.ringflow.call;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The TwiML answered to each webhook, by call (or message) and step, so a repeated webhook gets the same answer. */
@Component
public class WebhookReplies {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    WebhookReplies(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<String> find(String sid, String step) {
        return jdbc.queryForList("select twiml from webhook_reply where call_sid = ? and step = ?", String.class, sid, step)
                .stream().findFirst();
    }

    public void save(String sid, String step, String twiml) {
        jdbc.update("insert into webhook_reply (call_sid, step, twiml, created_at) values (?, ?, ?, ?)",
                sid, step, twiml, Timestamp.from(clock.instant()));
    }
}
