package org.ringflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The demo directory of the embedded default (off in tests, so seeded here by hand); runs on H2 and PostgreSQL. */
@RecordApplicationEvents
abstract class DemoDirectoryTests extends DirectoryApiSupport {

    @Autowired
    DemoDirectory demo;
    @Autowired
    UserRepository users;
    @Autowired
    GroupRepository groups;
    @Autowired
    PhoneNumberRepository numbers;
    @Autowired
    ApplicationEvents events;

    @Test
    void seedsTwoAgentsAnAnalystAGroupAndTwoNumbersOnceAndAnnouncesIt() throws Exception {
        assertThat(demo.seed()).as("first seeding").isTrue();

        User alice = users.findByUsername("alice").orElseThrow();
        User bob = users.findByUsername("bob").orElseThrow();
        User carol = users.findByUsername("carol").orElseThrow();
        assertThat(List.of(alice.getRole(), bob.getRole(), carol.getRole()))
                .containsExactly(Role.AGENT, Role.AGENT, Role.ANALYST);
        assertThat(alice.isAvailable()).isTrue();
        assertThat(bob.isAvailable()).isTrue();
        assertThat(alice.getClientIdentity()).isEqualTo("alice");
        Group sales = groups.findAll().stream().filter(g -> g.getName().equals("Sales")).findFirst().orElseThrow();
        assertThat(sales.getMemberIds()).containsExactly(alice.getId(), bob.getId());
        PhoneNumber main = numbers.findByNumber("+15550100").orElseThrow();
        PhoneNumber text = numbers.findByNumber("+15550111").orElseThrow();
        assertThat(main.getName()).isEqualTo("Main line");
        assertThat(text.getName()).isEqualTo("Text line");
        assertThat(events.stream(DemoDirectorySeeded.class))
                .containsExactly(new DemoDirectorySeeded(List.of(alice.getId(), bob.getId(), carol.getId()),
                        sales.getId(), main.getId(), text.getId()));

        int usersBefore = count("app_user");
        assertThat(demo.seed()).as("second seeding").isFalse();
        assertThat(count("app_user")).isEqualTo(usersBefore);
        assertThat(events.stream(DemoDirectorySeeded.class)).hasSize(1);

        mvc.perform(MockMvcRequestBuilders.get("/api/me").with(httpBasic("alice", DemoDirectory.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[0].name").value("Sales"));
    }
}
