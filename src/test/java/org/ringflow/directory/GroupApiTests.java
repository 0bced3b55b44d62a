package org.ringflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /api/groups; runs on H2 and PostgreSQL. */
abstract class GroupApiTests extends DirectoryApiSupport {

    private long ann;
    private long ben;
    private long cat;

    @BeforeEach
    void threeAgents() throws Exception {
        ann = agent("ann");
        ben = agent("ben");
        cat = agent("cat");
    }

    @Test
    void createsAGroupKeepingTheOrderOfItsMembers() throws Exception {
        String name = unique("Sales ");

        long id = idOf(post("/api/groups", body("name", name, "memberIds", List.of(cat, ann, ben)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.memberIds", contains((int) cat, (int) ann, (int) ben))));

        get("/api/groups/" + id).andExpect(jsonPath("$.memberIds", contains((int) cat, (int) ann, (int) ben)));
        get("/api/groups").andExpect(jsonPath("$[*].name", hasItem(name)));
    }

    @Test
    void reordersRenamesAndEmptiesAGroup() throws Exception {
        long id = idOf(post("/api/groups", body("name", unique("Support "), "memberIds", List.of(ann, ben, cat))));
        String renamed = unique("Support renamed ");

        put("/api/groups/" + id, body("name", renamed, "memberIds", List.of(cat, ben, ann)))
                .andExpect(status().isOk());
        get("/api/groups/" + id)
                .andExpect(jsonPath("$.name").value(renamed))
                .andExpect(jsonPath("$.memberIds", contains((int) cat, (int) ben, (int) ann)));

        put("/api/groups/" + id, body("name", renamed, "memberIds", List.of())).andExpect(status().isOk());
        get("/api/groups/" + id).andExpect(jsonPath("$.memberIds", empty()));
    }

    @Test
    void refusesUnknownOrDuplicateMembersAndWritesNothing() throws Exception {
        int groups = count("user_group");
        int members = count("group_member");

        post("/api/groups", body("name", unique("G "), "memberIds", List.of(ann, 999999L)))
                .andExpect(badRequestNaming("memberIds"));
        post("/api/groups", body("name", unique("G "), "memberIds", List.of(ann, ben, ann)))
                .andExpect(badRequestNaming("memberIds"));
        post("/api/groups", body("name", unique("G "), "memberIds", Arrays.asList(ann, null)))
                .andExpect(badRequestNaming("memberIds"));
        post("/api/groups", body("name", unique("G "), "memberIds", List.of("x")))
                .andExpect(badRequestNaming("body"));

        assertThat(count("user_group")).isEqualTo(groups);
        assertThat(count("group_member")).isEqualTo(members);
    }

    @Test
    void refusesAMissingOrBlankName() throws Exception {
        int before = count("user_group");

        post("/api/groups", body("memberIds", List.of(ann))).andExpect(badRequestNaming("name"));
        post("/api/groups", body("name", " ", "memberIds", List.of(ann))).andExpect(badRequestNaming("name"));

        assertThat(count("user_group")).isEqualTo(before);
    }

    @Test
    void anInvalidUpdateChangesNothing() throws Exception {
        String name = unique("Keep ");
        long id = idOf(post("/api/groups", body("name", name, "memberIds", List.of(ann, ben))));

        put("/api/groups/" + id, body("name", unique("Other "), "memberIds", List.of(cat, 999999L)))
                .andExpect(badRequestNaming("memberIds"));

        get("/api/groups/" + id)
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.memberIds", contains((int) ann, (int) ben)));
    }

    @Test
    void refusesATakenName() throws Exception {
        String name = unique("Billing ");
        post("/api/groups", body("name", name)).andExpect(status().isCreated());
        long other = idOf(post("/api/groups", body("name", unique("Billing "))));
        int before = count("user_group");

        post("/api/groups", body("name", name)).andExpect(conflictNaming("name"));
        put("/api/groups/" + other, body("name", name)).andExpect(conflictNaming("name"));

        assertThat(count("user_group")).isEqualTo(before);
    }

    @Test
    void deletesAGroupAndAnswers404ForUnknownOnes() throws Exception {
        long id = idOf(post("/api/groups", body("name", unique("Temp "), "memberIds", List.of(ann))));

        delete("/api/groups/" + id).andExpect(status().isNoContent());

        get("/api/groups/" + id).andExpect(status().isNotFound());
        put("/api/groups/" + id, body("name", unique("X "))).andExpect(status().isNotFound());
        delete("/api/groups/" + id).andExpect(status().isNotFound());
        get("/api/users/" + ann).andExpect(status().isOk());
    }

    private long agent(String name) throws Exception {
        return idOf(post("/api/users", body("name", name, "username", unique(name), "password", "long-enough",
                "role", "AGENT")).andExpect(status().isCreated()));
    }
}
