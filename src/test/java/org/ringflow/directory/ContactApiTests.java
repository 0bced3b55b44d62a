package org.ringflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /api/contacts; runs on H2 and PostgreSQL. */
abstract class ContactApiTests extends DirectoryApiSupport {

    @Test
    void createsAContactWithNumbersInE164() throws Exception {
        String mobile = freshNumber();
        String office = freshNumber();

        long id = idOf(post("/api/contacts", body("name", "Pat Caller", "company", "Acme", "email", "pat@acme.test",
                        "phoneNumbers", List.of(mobile, office), "notes", "prefers texts"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phoneNumbers", contains(e164(mobile), e164(office))))
                .andExpect(jsonPath("$.company").value("Acme")));

        get("/api/contacts/" + id).andExpect(jsonPath("$.notes").value("prefers texts"));
    }

    @Test
    void looksUpAContactByAnyOfItsNumbers() throws Exception {
        String mobile = freshNumber();
        String office = freshNumber();
        long id = idOf(post("/api/contacts", body("name", "Lee", "phoneNumbers", List.of(mobile, office))));

        lookup(e164(office))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        lookup(mobile).andExpect(jsonPath("$.id").value(id));
        lookup(freshNumber()).andExpect(status().isNotFound());
        lookup("abc").andExpect(badRequestNaming("number"));
        get("/api/contacts/lookup").andExpect(badRequestNaming("number"));
    }

    @Test
    void updatesAContactReplacingItsNumbers() throws Exception {
        String old = freshNumber();
        String replacement = freshNumber();
        long id = idOf(post("/api/contacts", body("name", "Kim", "phoneNumbers", List.of(old))));

        put("/api/contacts/" + id, body("name", "Kim Park", "phoneNumbers", List.of(replacement)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Kim Park"))
                .andExpect(jsonPath("$.phoneNumbers", contains(e164(replacement))));

        lookup(old).andExpect(status().isNotFound());
    }

    @Test
    void refusesInvalidContactsAndWritesNothing() throws Exception {
        int contacts = count("contact");
        int numbers = count("contact_number");

        post("/api/contacts", body("phoneNumbers", List.of(freshNumber()))).andExpect(badRequestNaming("name"));
        post("/api/contacts", body("name", "X", "phoneNumbers", List.of(freshNumber(), "nope")))
                .andExpect(badRequestNaming("phoneNumbers"));
        String twice = freshNumber();
        post("/api/contacts", body("name", "X", "phoneNumbers", List.of(twice, e164(twice))))
                .andExpect(badRequestNaming("phoneNumbers"));
        post("/api/contacts", body("name", "X", "email", "not-an-email")).andExpect(badRequestNaming("email"));
        post("/api/contacts", "{\"name\": 5, ").andExpect(badRequestNaming("body"));

        assertThat(count("contact")).isEqualTo(contacts);
        assertThat(count("contact_number")).isEqualTo(numbers);
    }

    @Test
    void anInvalidUpdateChangesNothing() throws Exception {
        String number = freshNumber();
        long id = idOf(post("/api/contacts", body("name", "Max", "phoneNumbers", List.of(number))));

        put("/api/contacts/" + id, body("name", "Max Changed", "phoneNumbers", List.of("12")))
                .andExpect(badRequestNaming("phoneNumbers"));

        get("/api/contacts/" + id)
                .andExpect(jsonPath("$.name").value("Max"))
                .andExpect(jsonPath("$.phoneNumbers", contains(e164(number))));
    }

    @Test
    void deletesAContactAndAnswers404ForUnknownOnes() throws Exception {
        long id = idOf(post("/api/contacts", body("name", "Temp", "phoneNumbers", List.of(freshNumber()))));
        int numbers = count("contact_number");

        delete("/api/contacts/" + id).andExpect(status().isNoContent());

        assertThat(count("contact_number")).isEqualTo(numbers - 1);
        get("/api/contacts/" + id).andExpect(status().isNotFound());
        put("/api/contacts/" + id, body("name", "X")).andExpect(status().isNotFound());
        delete("/api/contacts/" + id).andExpect(status().isNotFound());
    }

    private ResultActions lookup(String number) throws Exception {
        return asAdmin(MockMvcRequestBuilders.get("/api/contacts/lookup").param("number", number));
    }
}
