package org.ringflow.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Resources shaped like Twilio's 2010-04-01 API JSON (snake_case, RFC 2822 dates, explicit nulls). */
final class TwilioJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US);

    private TwilioJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String date(Instant instant) {
        return instant == null ? null : RFC_2822.format(instant.atZone(ZoneOffset.UTC));
    }

    static String base(String accountSid) {
        return "/2010-04-01/Accounts/" + accountSid;
    }

    static Map<String, Object> message(String accountSid, SentMessage message, String status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", accountSid);
        json.put("api_version", "2010-04-01");
        json.put("body", message.body());
        json.put("date_created", date(message.at()));
        json.put("date_sent", null);
        json.put("date_updated", date(message.at()));
        json.put("direction", "outbound-api");
        json.put("error_code", null);
        json.put("error_message", null);
        json.put("from", message.from());
        json.put("messaging_service_sid", null);
        json.put("num_media", "0");
        json.put("num_segments", "1");
        json.put("price", null);
        json.put("price_unit", "USD");
        json.put("sid", message.sid());
        json.put("status", status);
        json.put("subresource_uris", Map.of("media", base(accountSid) + "/Messages/" + message.sid() + "/Media.json"));
        json.put("to", message.to());
        json.put("uri", base(accountSid) + "/Messages/" + message.sid() + ".json");
        return json;
    }

    static Map<String, Object> call(String accountSid, SandboxCall call) {
        boolean ended = call.state() == SandboxCall.State.ENDED;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", accountSid);
        json.put("annotation", null);
        json.put("answered_by", null);
        json.put("api_version", "2010-04-01");
        json.put("caller_name", null);
        json.put("date_created", date(call.createdAt()));
        json.put("date_updated", date(ended ? call.endedAt() : Instant.now()));
        json.put("direction", "inbound");
        json.put("duration", ended ? String.valueOf(call.elapsedSeconds()) : null);
        json.put("end_time", date(call.endedAt()));
        json.put("forwarded_from", null);
        json.put("from", call.from());
        json.put("from_formatted", call.from());
        json.put("group_sid", null);
        json.put("parent_call_sid", null);
        json.put("phone_number_sid", null);
        json.put("price", null);
        json.put("price_unit", "USD");
        json.put("sid", call.sid());
        json.put("start_time", date(call.createdAt()));
        json.put("status", ended ? call.finalStatus() : "in-progress");
        json.put("subresource_uris", Map.of());
        json.put("to", call.to());
        json.put("to_formatted", call.to());
        json.put("trunk_sid", null);
        json.put("uri", base(accountSid) + "/Calls/" + call.sid() + ".json");
        json.put("queue_time", "0");
        return json;
    }

    static Map<String, Object> conference(String accountSid, Conferences.Conference conference) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", accountSid);
        json.put("api_version", "2010-04-01");
        json.put("call_sid_ending_conference", null);
        json.put("date_created", date(conference.created()));
        json.put("date_updated", date(conference.updated()));
        json.put("friendly_name", conference.name());
        json.put("reason_conference_ended", null);
        json.put("region", "us1");
        json.put("sid", conference.sid());
        json.put("status", conference.status());
        json.put("subresource_uris", Map.of("participants", base(accountSid) + "/Conferences/" + conference.sid() + "/Participants.json"));
        json.put("uri", base(accountSid) + "/Conferences/" + conference.sid() + ".json");
        return json;
    }

    static Map<String, Object> participant(String accountSid, Conferences.Conference conference, Conferences.Participant p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", accountSid);
        json.put("call_sid", p.callSid());
        json.put("call_sid_to_coach", null);
        json.put("coaching", false);
        json.put("conference_sid", conference.sid());
        json.put("date_created", date(p.created()));
        json.put("date_updated", date(Instant.now()));
        json.put("end_conference_on_exit", p.endOnExit());
        json.put("hold", p.hold());
        json.put("label", p.label());
        json.put("muted", p.muted());
        json.put("queue_time", "0");
        json.put("start_conference_on_enter", p.startOnEnter());
        json.put("status", p.status().equals("connected") ? "connected" : p.status());
        json.put("uri", base(accountSid) + "/Conferences/" + conference.sid() + "/Participants/" + p.callSid() + ".json");
        return json;
    }

    static Map<String, Object> page(String key, String uri, List<?> items) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(key, items);
        json.put("end", Math.max(0, items.size() - 1));
        json.put("first_page_uri", uri + "?PageSize=50&Page=0");
        json.put("next_page_uri", null);
        json.put("page", 0);
        json.put("page_size", 50);
        json.put("previous_page_uri", null);
        json.put("start", 0);
        json.put("uri", uri + "?PageSize=50&Page=0");
        return json;
    }

    static Map<String, Object> error(int status, int code, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", code);
        json.put("message", message);
        json.put("more_info", "https://www.twilio.com/docs/errors/" + code);
        json.put("status", status);
        return json;
    }
}
