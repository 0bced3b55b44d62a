package org.ringflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ringflow.applet.Channel;
import org.ringflow.flow.FlowService;
import org.springframework.beans.factory.annotation.Autowired;

/** /api/numbers; runs on H2 and PostgreSQL. */
abstract class NumberApiTests extends DirectoryApiSupport {

    @Autowired FlowService flows;

    @Test
    void createsANumberInE164WithoutFlows() throws Exception {
        String typed = freshNumber();

        long id = idOf(post("/api/numbers", body("number", typed, "name", "Main line"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(e164(typed)))
                .andExpect(jsonPath("$.name").value("Main line"))
                .andExpect(jsonPath("$.callFlowId").doesNotExist()));

        get("/api/numbers/" + id).andExpect(jsonPath("$.number").value(e164(typed)));
        get("/api/numbers").andExpect(jsonPath("$[*].number", hasItem(e164(typed))));
    }

    @Test
    void assignsFlowsToANumber() throws Exception {
        long id = idOf(post("/api/numbers", body("number", freshNumber(), "name", "Support")));
        String other = freshNumber();
        long callFlow = flows.create("Calls", Channel.CALL, null).flow().getId();
        long smsFlow = flows.create("Texts", Channel.SMS, null).flow().getId();

        put("/api/numbers/" + id, body("number", other, "name", "Support line", "callFlowId", callFlow, "smsFlowId", smsFlow))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(e164(other)))
                .andExpect(jsonPath("$.callFlowId").value(callFlow))
                .andExpect(jsonPath("$.smsFlowId").value(smsFlow));
        put("/api/numbers/" + id, body("number", other, "name", "Support line", "callFlowId", smsFlow))
                .andExpect(badRequestNaming("callFlowId"));
        put("/api/numbers/" + id, body("number", other, "name", "Support line", "smsFlowId", 999999))
                .andExpect(badRequestNaming("smsFlowId"));

        put("/api/numbers/" + id, body("number", other, "name", "Support line", "callFlowId", null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.callFlowId").doesNotExist());
    }

    @Test
    void refusesInvalidNumbersNamesAndFlowsAndWritesNothing() throws Exception {
        int before = count("phone_number");

        post("/api/numbers", body("number", "12ab", "name", "X")).andExpect(badRequestNaming("number"));
        post("/api/numbers", body("name", "X")).andExpect(badRequestNaming("number"));
        post("/api/numbers", body("number", freshNumber(), "name", "")).andExpect(badRequestNaming("name"));
        post("/api/numbers", body("number", freshNumber(), "name", "X", "callFlowId", -1)).andExpect(badRequestNaming("callFlowId"));
        post("/api/numbers", body("number", freshNumber(), "name", "X", "smsFlowId", 0)).andExpect(badRequestNaming("smsFlowId"));
        post("/api/numbers", body("number", freshNumber(), "name", "X", "callFlowId", "one")).andExpect(badRequestNaming("body"));

        assertThat(count("phone_number")).isEqualTo(before);
    }

    @Test
    void refusesANumberThatIsAlreadyRingflows() throws Exception {
        String typed = freshNumber();
        post("/api/numbers", body("number", typed, "name", "First")).andExpect(status().isCreated());
        long other = idOf(post("/api/numbers", body("number", freshNumber(), "name", "Second")));
        int before = count("phone_number");

        post("/api/numbers", body("number", e164(typed), "name", "Again")).andExpect(conflictNaming("number"));
        put("/api/numbers/" + other, body("number", typed, "name", "Second")).andExpect(conflictNaming("number"));

        assertThat(count("phone_number")).isEqualTo(before);
    }

    @Test
    void deletesANumberAndAnswers404ForUnknownOnes() throws Exception {
        long id = idOf(post("/api/numbers", body("number", freshNumber(), "name", "Temp")));

        delete("/api/numbers/" + id).andExpect(status().isNoContent());

        get("/api/numbers/" + id).andExpect(status().isNotFound());
        put("/api/numbers/" + id, body("number", freshNumber(), "name", "X")).andExpect(status().isNotFound());
        delete("/api/numbers/" + id).andExpect(status().isNotFound());
    }
}
