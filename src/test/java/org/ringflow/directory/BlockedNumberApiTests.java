package org.ringflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ringflow.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /api/blocked-numbers; runs on H2 and PostgreSQL. */
abstract class BlockedNumberApiTests extends DirectoryApiSupport {

    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    BlockedNumberService blocked;

    @Test
    void anAgentMarksACallerAsSpam() throws Exception {
        new TestUsers(users, passwordEncoder).ensure("spam-agent", Role.AGENT);
        String typed = freshNumber();

        mvc.perform(json(MockMvcRequestBuilders.post("/api/blocked-numbers"), body("number", typed, "reason", "spam"))
                        .with(httpBasic("spam-agent", TestUsers.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(e164(typed)))
                .andExpect(jsonPath("$.reason").value("spam"))
                .andExpect(jsonPath("$.createdBy").value("spam-agent"))
                .andExpect(jsonPath("$.createdAt").exists());

        get("/api/blocked-numbers").andExpect(jsonPath("$[*].number", hasItem(e164(typed))));
        assertThat(blocked.isBlocked(typed)).isTrue();
    }

    @Test
    void refusesAnInvalidNumberAndWritesNothing() throws Exception {
        int before = count("blocked_number");

        post("/api/blocked-numbers", body("number", "call me", "reason", "spam")).andExpect(badRequestNaming("number"));
        post("/api/blocked-numbers", body("reason", "spam")).andExpect(badRequestNaming("number"));
        post("/api/blocked-numbers", body("number", freshNumber(), "reason", "x".repeat(501))).andExpect(badRequestNaming("reason"));
        post("/api/blocked-numbers", "]").andExpect(badRequestNaming("body"));

        assertThat(count("blocked_number")).isEqualTo(before);
    }

    @Test
    void refusesANumberBlockedAlready() throws Exception {
        String typed = freshNumber();
        post("/api/blocked-numbers", body("number", typed)).andExpect(status().isCreated());
        int before = count("blocked_number");

        post("/api/blocked-numbers", body("number", e164(typed))).andExpect(conflictNaming("number"));

        assertThat(count("blocked_number")).isEqualTo(before);
    }

    @Test
    void unblocksANumberAndAnswers404ForUnknownOnes() throws Exception {
        String typed = freshNumber();
        long id = idOf(post("/api/blocked-numbers", body("number", typed)));

        get("/api/blocked-numbers/" + id).andExpect(jsonPath("$.number").value(e164(typed)));

        delete("/api/blocked-numbers/" + id).andExpect(status().isNoContent());

        assertThat(blocked.isBlocked(typed)).isFalse();
        get("/api/blocked-numbers/" + id).andExpect(status().isNotFound());
        delete("/api/blocked-numbers/" + id).andExpect(status().isNotFound());
    }
}
