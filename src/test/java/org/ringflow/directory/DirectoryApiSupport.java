package org.ringflow.directory;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ringflow.test.RingflowWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What the directory API tests share. The Spring context (and its database) is shared between test classes,
 * so every test makes its own names and numbers with {@link #unique} and {@link #freshNumber}.
 */
@RingflowWebTest
abstract class DirectoryApiSupport {

    private static final AtomicInteger UNIQUE = new AtomicInteger(1_000_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper objectMapper;

    static String unique(String prefix) {
        return prefix + UNIQUE.incrementAndGet();
    }

    /** A number never used before, written the way people type it: "(555) 123-4567". */
    static String freshNumber() {
        String digits = String.valueOf(UNIQUE.incrementAndGet() + 2_000_000);
        return "(555) " + digits.substring(0, 3) + "-" + digits.substring(3);
    }

    static String e164(String typed) {
        return E164.normalize(typed).orElseThrow();
    }

    int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    ResultActions asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic("admin", "admin-password")));
    }

    ResultActions post(String path, Object body) throws Exception {
        return asAdmin(json(MockMvcRequestBuilders.post(path), body));
    }

    ResultActions put(String path, Object body) throws Exception {
        return asAdmin(json(MockMvcRequestBuilders.put(path), body));
    }

    ResultActions get(String path) throws Exception {
        return asAdmin(MockMvcRequestBuilders.get(path));
    }

    ResultActions delete(String path) throws Exception {
        return asAdmin(MockMvcRequestBuilders.delete(path));
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) throws Exception {
        return request.contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : objectMapper.writeValueAsString(body));
    }

    /** A JSON object from name/value pairs; values may be null (unlike Map.of). */
    static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    static long idOf(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    static ResultMatcher badRequestNaming(String field) {
        return ResultMatcher.matchAll(status().isBadRequest(), jsonPath("$.errors[*].field", hasItem(field)));
    }

    static ResultMatcher conflictNaming(String field) {
        return ResultMatcher.matchAll(status().isConflict(), jsonPath("$.errors[*].field", hasItem(field)));
    }
}
