package org.ringflow.flow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ringflow.directory.Group;
import org.ringflow.directory.GroupRepository;
import org.ringflow.directory.User;
import org.ringflow.directory.UserRepository;
import org.springframework.stereotype.Component;

/**
 * The flows shipped in bpmn/. They name users and groups as {@code {{user:alice}}} and {@code {{group:Sales}}},
 * since ids differ between installations; those are resolved against the directory when a flow is installed.
 */
@Component
public class DefaultFlows {

    public static final String MAIN_CALL_FLOW = "bpmn/main-call-flow.bpmn";
    public static final String SMS_FLOW = "bpmn/sms-flow.bpmn";
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{(user|group):([^}]+)}}");

    private final UserRepository users;
    private final GroupRepository groups;

    DefaultFlows(UserRepository users, GroupRepository groups) {
        this.users = users;
        this.groups = groups;
    }

    /** A shipped flow's XML with its user and group names turned into this installation's ids. */
    public String resolved(String resource) {
        Matcher m = REFERENCE.matcher(read(resource));
        StringBuilder xml = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            Long id = m.group(1).equals("user")
                    ? users.findByUsername(name).map(User::getId).orElse(null)
                    : groups.findByName(name).map(Group::getId).orElse(null);
            m.appendReplacement(xml, id == null ? Matcher.quoteReplacement(m.group()) : id.toString());
        }
        m.appendTail(xml);
        return xml.toString();
    }

    private static String read(String resource) {
        try (InputStream in = DefaultFlows.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such flow on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
