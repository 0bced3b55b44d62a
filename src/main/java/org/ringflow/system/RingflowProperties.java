package org.ringflow.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicBaseUrl the URL Twilio reaches Ringflow at (scheme, host, port, no trailing slash): webhook
 *                      signatures are computed over it and every action URL in TwiML starts with it
 */
@ConfigurationProperties("ringflow")
public record RingflowProperties(@DefaultValue("http://localhost:8080") String publicBaseUrl) {

    public RingflowProperties {
        while (publicBaseUrl.endsWith("/")) {
            publicBaseUrl = publicBaseUrl.substring(0, publicBaseUrl.length() - 1);
        }
    }

    /** An absolute URL for a path of this app. */
    public String url(String path) {
        return publicBaseUrl + path;
    }
}
