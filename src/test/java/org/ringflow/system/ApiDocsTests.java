package org.ringflow.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ringflow.directory.Role;
import org.ringflow.directory.UserRepository;
import org.ringflow.test.RingflowWebTest;
import org.ringflow.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The REST API describes itself (OpenAPI + Swagger UI) to anyone logged in, and to no one else. */
@RingflowWebTest
class ApiDocsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void anAnalyst() {
        new TestUsers(users, passwordEncoder).ensure("docs-analyst", Role.ANALYST);
    }

    @Test
    void openApiDescribesTheDirectoryApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("docs-analyst", TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/users']").exists())
                .andExpect(jsonPath("$.paths['/api/contacts/lookup']").exists());
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        mvc.perform(get("/swagger-ui.html").with(httpBasic("docs-analyst", TestUsers.PASSWORD)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/swagger-ui/index.html"));
        mvc.perform(get("/swagger-ui/index.html").with(httpBasic("docs-analyst", TestUsers.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void apiDocsNeedALogin() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    }
}
