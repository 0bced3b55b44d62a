package org.ringflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ringflow.directory.Role;
import org.ringflow.directory.UserRepository;
import org.ringflow.test.RingflowWebTest;
import org.ringflow.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The UI's session is protected against cross-site requests: writes must echo the XSRF-TOKEN cookie as a header. */
@RingflowWebTest
class CsrfTests {

    private static final String CONTACT = "{\"name\":\"Csrf Contact\",\"phoneNumbers\":[\"+15558880001\"]}";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;

    private MockHttpSession session;
    private Cookie xsrf;

    @BeforeEach
    void logInWithTheForm() throws Exception {
        new TestUsers(users, passwordEncoder).ensure("csrf-agent", Role.AGENT);
        Cookie loginToken = mvc.perform(get("/login")).andReturn().getResponse().getCookie("XSRF-TOKEN");
        assertThat(loginToken).as("XSRF-TOKEN cookie before login").isNotNull();

        MvcResult login = mvc.perform(post("/login").cookie(loginToken)
                        .param("username", "csrf-agent").param("password", TestUsers.PASSWORD)
                        .param("_csrf", loginToken.getValue()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        session = (MockHttpSession) login.getRequest().getSession(false);
        // the token changes at login; the next page load hands the UI the new one
        xsrf = mvc.perform(get("/api/me").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getCookie("XSRF-TOKEN");
        assertThat(xsrf).as("XSRF-TOKEN cookie after login").isNotNull();
    }

    @Test
    void sessionWriteWithoutTheTokenHeaderIsForbidden() throws Exception {
        mvc.perform(post("/api/contacts").session(session).cookie(xsrf)
                        .contentType(MediaType.APPLICATION_JSON).content(CONTACT))
                .andExpect(status().isForbidden());
    }

    @Test
    void sessionWriteWithAWrongTokenHeaderIsForbidden() throws Exception {
        mvc.perform(post("/api/contacts").session(session).cookie(xsrf).header("X-XSRF-TOKEN", "forged")
                        .contentType(MediaType.APPLICATION_JSON).content(CONTACT))
                .andExpect(status().isForbidden());
    }

    @Test
    void sessionWriteWithTheTokenHeaderIsAccepted() throws Exception {
        mvc.perform(post("/api/contacts").session(session).cookie(xsrf).header("X-XSRF-TOKEN", xsrf.getValue())
                        .contentType(MediaType.APPLICATION_JSON).content(CONTACT))
                .andExpect(status().isCreated());
    }

    @Test
    void sessionReadsNeedNoToken() throws Exception {
        mvc.perform(get("/api/contacts").session(session)).andExpect(status().isOk());
    }
}
