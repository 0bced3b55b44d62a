package org.ringflow.twilio;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A webhook request whose form body has been read once, for the signature check, and is still there
 * for the controller. Twilio signs the body parameters only, not the query string's, so both are kept apart.
 */
final class FormRequest extends HttpServletRequestWrapper {

    private final Map<String, String> bodyParameters;
    private final Map<String, String[]> allParameters;

    private FormRequest(HttpServletRequest request, Map<String, String> bodyParameters) {
        super(request);
        this.bodyParameters = bodyParameters;
        Map<String, String[]> all = new LinkedHashMap<>(parse(request.getQueryString()).entrySet().stream()
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), new String[] {e.getValue()}), Map::putAll));
        bodyParameters.forEach((k, v) -> all.put(k, new String[] {v}));
        this.allParameters = Collections.unmodifiableMap(all);
    }

    static FormRequest read(HttpServletRequest request) throws IOException {
        String contentType = request.getContentType();
        Map<String, String> body = Map.of();
        if (contentType != null && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            body = parse(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return new FormRequest(request, body);
    }

    Map<String, String> bodyParameters() {
        return bodyParameters;
    }

    @Override
    public String getParameter(String name) {
        String[] values = allParameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return allParameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(allParameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return allParameters.get(name);
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> result = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return result;
        }
        for (String pair : List.of(encoded.split("&"))) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            result.putIfAbsent(key, value);
        }
        return result;
    }
}
