package org.ringflow.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * twilio-java's HTTP client, except that requests for https://api.twilio.com go to another base URL when one is
 * configured (the sandbox's REST emulation). Everything else about the request (auth, form, query) is kept.
 */
class ApiBaseUrlHttpClient extends NetworkHttpClient {

    static final String TWILIO_API = "https://api.twilio.com";

    private final Supplier<String> apiBaseUrl;

    ApiBaseUrlHttpClient(Supplier<String> apiBaseUrl) {
        this.apiBaseUrl = apiBaseUrl;
    }

    @Override
    public Response makeRequest(Request request) {
        String base = apiBaseUrl.get();
        String url = request.getUrl();
        if (base == null || base.isBlank() || !url.startsWith(TWILIO_API)) {
            return super.makeRequest(request);
        }
        return super.makeRequest(rewritten(request, stripSlash(base) + url.substring(TWILIO_API.length())));
    }

    static Request rewritten(Request original, String url) {
        Request copy = new Request(original.getMethod(), url);
        if (original.getAuthStrategy() != null) {
            copy.setAuth(original.getAuthStrategy());
        } else if (original.getUsername() != null) {
            copy.setAuth(original.getUsername(), original.getPassword());
        }
        copyAll(original.getQueryParams(), copy::addQueryParam);
        copyAll(original.getPostParams(), copy::addPostParam);
        copyAll(original.getHeaderParams(), copy::addHeaderParam);
        copy.setUserAgentExtensions(original.getUserAgentExtensions());
        if (original.getContentType() != null) {
            copy.setContentType(original.getContentType());
        }
        if (original.getBody() != null && original.getMethod() != HttpMethod.GET) {
            copy.setBody(original.getBody());
        }
        return copy;
    }

    private static void copyAll(Map<String, List<String>> params, java.util.function.BiConsumer<String, String> add) {
        params.forEach((name, values) -> values.forEach(value -> add.accept(name, value)));
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
