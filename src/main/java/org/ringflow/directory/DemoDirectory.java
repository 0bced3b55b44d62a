package org.ringflow.directory;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A directory to try Ringflow with: two agents and an analyst, the group "Sales", a main line and a text line.
 * Seeded once: a marker row remembers it, so deleting demo users later doesn't bring them back.
 */
@Component
@Order(10)
public class DemoDirectory implements ApplicationRunner {

    /** Known on purpose: it is printed in the README. Demo data is off outside the embedded default. */
    static final String DEMO_PASSWORD = "ringflow-demo";
    static final String MARKER = "demo-directory";
    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    private final DemoDataProperties demoData;
    private final UserRepository users;
    private final GroupRepository groups;
    private final PhoneNumberRepository numbers;
    private final PasswordEncoder passwordEncoder;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    DemoDirectory(DemoDataProperties demoData, UserRepository users, GroupRepository groups,
            PhoneNumberRepository numbers, PasswordEncoder passwordEncoder, JdbcTemplate jdbc,
            ApplicationEventPublisher events) {
        this.demoData = demoData;
        this.users = users;
        this.groups = groups;
        this.numbers = numbers;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    @Transactional // seed() is called on this object, not through its proxy
    public void run(ApplicationArguments args) {
        if (demoData.enabled() && seed()) {
            log.info("seeded the demo directory: alice, bob (agents), carol (analyst), group Sales, +15550100, +15550111");
        }
    }

    /** Seeds the demo directory unless it was seeded before; true when it did, then DemoDirectorySeeded is published. */
    @Transactional
    public boolean seed() {
        if (jdbc.queryForObject("select count(*) from seed_marker where name = ?", Integer.class, MARKER) > 0) {
            return false;
        }
        jdbc.update("insert into seed_marker (name, seeded_at) values (?, current_timestamp)", MARKER);
        User alice = user("Alice Agent", "alice", Role.AGENT, UserStatus.AVAILABLE);
        User bob = user("Bob Agent", "bob", Role.AGENT, UserStatus.AVAILABLE);
        User carol = user("Carol Analyst", "carol", Role.ANALYST, UserStatus.OFFLINE);
        Group sales = groups.save(new Group("Sales", List.of(alice.getId(), bob.getId())));
        PhoneNumber main = numbers.save(new PhoneNumber("+15550100", "Main line"));
        PhoneNumber text = numbers.save(new PhoneNumber("+15550111", "Text line"));
        events.publishEvent(new DemoDirectorySeeded(List.of(alice.getId(), bob.getId(), carol.getId()),
                sales.getId(), main.getId(), text.getId()));
        return true;
    }

    private User user(String name, String username, Role role, UserStatus status) {
        User user = new User(name, username, passwordEncoder.encode(DEMO_PASSWORD), role);
        user.setStatus(status);
        user.setClientIdentity(UserService.clientIdentityFor(username));
        return users.save(user);
    }
}
