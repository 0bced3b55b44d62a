package org.ringflow.test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.ringflow.applet.Channel;
import org.ringflow.directory.Group;
import org.ringflow.directory.GroupRepository;
import org.ringflow.directory.PhoneNumber;
import org.ringflow.directory.PhoneNumberRepository;
import org.ringflow.directory.Role;
import org.ringflow.directory.User;
import org.ringflow.directory.UserRepository;
import org.ringflow.directory.UserStatus;
import org.ringflow.flow.FlowService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Test data made through the real repositories and services; names are unique so tests never collide. */
@Component
public class Directory {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final UserRepository users;
    private final GroupRepository groups;
    private final PhoneNumberRepository numbers;
    private final FlowService flows;
    private final PasswordEncoder encoder;

    Directory(UserRepository users, GroupRepository groups, PhoneNumberRepository numbers, FlowService flows,
            PasswordEncoder encoder) {
        this.users = users;
        this.groups = groups;
        this.numbers = numbers;
        this.flows = flows;
        this.encoder = encoder;
    }

    public static int unique() {
        return NEXT.incrementAndGet();
    }

    public User user(String name, UserStatus status) {
        String username = name + unique();
        User user = new User(name, username, encoder.encode(username + "-password"), Role.AGENT);
        user.setStatus(status);
        return users.save(user);
    }

    public User user(String name, UserStatus status, String forwardNumber) {
        User user = user(name, status);
        user.setForwardNumber(forwardNumber);
        return users.save(user);
    }

    public Group group(String name, User... members) {
        return groups.save(new Group(name + unique(), List.of(members).stream().map(User::getId).toList()));
    }

    /** A fresh number whose call (or SMS) flow is the given diagram. */
    public String numberWithFlow(Channel kind, String bpmnXml) {
        long flowId = flows.create("Flow " + unique(), kind, bpmnXml).flow().getId();
        return numberWithFlowId(kind, flowId);
    }

    public String numberWithFlowId(Channel kind, long flowId) {
        String number = String.format("+1555%07d", unique());
        PhoneNumber phone = new PhoneNumber(number, "Line " + number);
        if (kind == Channel.CALL) {
            phone.setCallFlowId(flowId);
        } else {
            phone.setSmsFlowId(flowId);
        }
        numbers.save(phone);
        return number;
    }

    public String numberWithoutFlow() {
        String number = String.format("+1555%07d", unique());
        numbers.save(new PhoneNumber(number, "No flow"));
        return number;
    }
}
