package org.ringflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** /api/users and /api/me; runs on H2 and PostgreSQL. */
abstract class UserApiTests extends DirectoryApiSupport {

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void createsAUserWithAHashedPasswordAndAClientIdentityFromTheUsername() throws Exception {
        String username = unique("Dana.Smith-");

        long id = idOf(post("/api/users", body("name", "Dana Smith", "username", username, "password", "s3cret-pass",
                        "role", "agent", "forwardNumber", "555 010 0199"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/users/")))
                .andExpect(jsonPath("$.clientIdentity").value(username.toLowerCase().replace('.', '_').replace('-', '_')))
                .andExpect(jsonPath("$.role").value("AGENT"))
                .andExpect(jsonPath("$.status").value("OFFLINE"))
                .andExpect(jsonPath("$.forwardNumber").value("+15550100199"))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist()));

        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, id);
        assertThat(passwordEncoder.matches("s3cret-pass", hash)).isTrue();
        get("/api/users/" + id).andExpect(status().isOk()).andExpect(jsonPath("$.username").value(username));
        get("/api/users").andExpect(jsonPath("$[*].username", hasItem(username)));
    }

    @Test
    void updatesAUserAndKeepsThePasswordWhenNoneIsSent() throws Exception {
        long id = createUser(unique("erin"), "AGENT");
        String hashBefore = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, id);

        put("/api/users/" + id, body("name", "Erin Renamed", "username", unique("erin"), "role", "ANALYST",
                        "status", "busy", "clientIdentity", unique("erin_app")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Erin Renamed"))
                .andExpect(jsonPath("$.role").value("ANALYST"))
                .andExpect(jsonPath("$.status").value("BUSY"));

        assertThat(jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, id))
                .isEqualTo(hashBefore);
    }

    static Stream<Arguments> invalidUsers() {
        return Stream.of(
                Arguments.of("name", "{\"username\":\"x1\",\"password\":\"long-enough\",\"role\":\"AGENT\"}"),
                Arguments.of("name", "{\"name\":\"  \",\"username\":\"x1\",\"password\":\"long-enough\",\"role\":\"AGENT\"}"),
                Arguments.of("username", "{\"name\":\"X\",\"username\":\"\",\"password\":\"long-enough\",\"role\":\"AGENT\"}"),
                Arguments.of("username", "{\"name\":\"X\",\"username\":\"has space\",\"password\":\"long-enough\",\"role\":\"AGENT\"}"),
                Arguments.of("password", "{\"name\":\"X\",\"username\":\"x1\",\"role\":\"AGENT\"}"),
                Arguments.of("password", "{\"name\":\"X\",\"username\":\"x1\",\"password\":\"short\",\"role\":\"AGENT\"}"),
                Arguments.of("role", "{\"name\":\"X\",\"username\":\"x1\",\"password\":\"long-enough\"}"),
                Arguments.of("role", "{\"name\":\"X\",\"username\":\"x1\",\"password\":\"long-enough\",\"role\":\"BOSS\"}"),
                Arguments.of("status", "{\"name\":\"X\",\"username\":\"x1\",\"password\":\"long-enough\",\"role\":\"AGENT\",\"status\":\"AWAY\"}"),
                Arguments.of("clientIdentity", "{\"name\":\"X\",\"username\":\"x1\",\"password\":\"long-enough\",\"role\":\"AGENT\",\"clientIdentity\":\"a-b\"}"),
                Arguments.of("forwardNumber", "{\"name\":\"X\",\"username\":\"x1\",\"password\":\"long-enough\",\"role\":\"AGENT\",\"forwardNumber\":\"12ab\"}"),
                Arguments.of("body", "{\"name\":\"X\","),
                Arguments.of("body", "[1, 2]"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidUsers")
    void refusesAnInvalidUserNamingTheFieldAndWritesNothing(String field, String json) throws Exception {
        int before = count("app_user");

        post("/api/users", json).andExpect(badRequestNaming(field));

        assertThat(count("app_user")).isEqualTo(before);
    }

    @Test
    void refusesAnInvalidUpdateAndChangesNothing() throws Exception {
        String username = unique("fay");
        long id = createUser(username, "AGENT");

        put("/api/users/" + id, body("name", "Fay Changed", "username", username, "role", "AGENT", "forwardNumber", "nope"))
                .andExpect(badRequestNaming("forwardNumber"));

        get("/api/users/" + id).andExpect(jsonPath("$.name").value("Fay"));
    }

    @Test
    void refusesATakenUsernameOrClientIdentity() throws Exception {
        String username = unique("gus");
        long id = createUser(username, "AGENT");
        long other = createUser(unique("hal"), "AGENT");
        int before = count("app_user");

        post("/api/users", body("name", "Gus 2", "username", username, "password", "long-enough", "role", "AGENT"))
                .andExpect(conflictNaming("username"));
        post("/api/users", body("name", "Gus 3", "username", unique("gus"), "password", "long-enough", "role", "AGENT",
                        "clientIdentity", username))
                .andExpect(conflictNaming("clientIdentity"));
        put("/api/users/" + other, body("name", "Hal", "username", username, "role", "AGENT"))
                .andExpect(conflictNaming("username"));

        assertThat(count("app_user")).isEqualTo(before);
        get("/api/users/" + id).andExpect(status().isOk());
    }

    @Test
    void answers404ForAnUnknownUser() throws Exception {
        get("/api/users/999999").andExpect(status().isNotFound());
        put("/api/users/999999", body("name", "X", "username", unique("x"), "role", "AGENT")).andExpect(status().isNotFound());
        put("/api/users/999999/status", body("status", "BUSY")).andExpect(status().isNotFound());
        delete("/api/users/999999").andExpect(status().isNotFound());
        get("/api/users/not-a-number").andExpect(badRequestNaming("id"));
    }

    @Test
    void deletingAUserTakesThemOutOfTheirGroups() throws Exception {
        long ann = createUser(unique("ann"), "AGENT");
        long ben = createUser(unique("ben"), "AGENT");
        long cat = createUser(unique("cat"), "AGENT");
        long group = idOf(post("/api/groups", body("name", unique("Support "), "memberIds", List.of(ann, ben, cat))));

        delete("/api/users/" + ann).andExpect(status().isNoContent());

        get("/api/users/" + ann).andExpect(status().isNotFound());
        get("/api/groups/" + group).andExpect(jsonPath("$.memberIds", contains((int) ben, (int) cat)));
    }

    @Test
    void refusesToDeleteOrDemoteTheLastAdmin() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from app_user where role = 'ADMIN'", Integer.class))
                .as("only the bootstrap admin is an admin").isEqualTo(1);
        long admin = jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);

        delete("/api/users/" + admin).andExpect(status().isConflict());
        put("/api/users/" + admin, body("name", "Admin", "username", "admin", "role", "AGENT"))
                .andExpect(conflictNaming("role"));

        get("/api/users/" + admin).andExpect(jsonPath("$.role").value("ADMIN"));
    }

    @Test
    void setsAndValidatesAStatus() throws Exception {
        long id = createUser(unique("ida"), "AGENT");

        put("/api/users/" + id + "/status", body("status", "AVAILABLE"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("AVAILABLE"));
        put("/api/users/" + id + "/status", body("status", "ASLEEP")).andExpect(badRequestNaming("status"));
        put("/api/users/" + id + "/status", "{}").andExpect(badRequestNaming("status"));
        put("/api/users/" + id + "/status", "not json").andExpect(badRequestNaming("body"));

        get("/api/users/" + id).andExpect(jsonPath("$.status").value("AVAILABLE"));
    }

    @Test
    void meShowsTheLoggedInUserWithTheirGroups() throws Exception {
        String username = unique("jo");
        long id = createUser(username, "AGENT");
        String groupName = unique("Sales team ");
        post("/api/groups", body("name", groupName, "memberIds", List.of(id))).andExpect(status().isCreated());

        mvc.perform(MockMvcRequestBuilders.get("/api/me").with(httpBasic(username, "jo-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.role").value("AGENT"))
                .andExpect(jsonPath("$.status").value("OFFLINE"))
                .andExpect(jsonPath("$.groups[0].name").value(groupName));
    }

    private long createUser(String username, String role) throws Exception {
        String name = username.replaceAll("\\d", "");
        return idOf(post("/api/users", body("name", Character.toUpperCase(name.charAt(0)) + name.substring(1),
                "username", username, "password", "jo-password", "role", role)).andExpect(status().isCreated()));
    }
}
