package org.ringflow.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin, created at start when no user of that name exists.
 *
 * @param username the admin's login
 * @param password the admin's password; when empty on the embedded H2 default one is generated and logged once,
 *                 on any other database the start fails
 */
@ConfigurationProperties("ringflow.admin")
public record AdminProperties(@DefaultValue("admin") String username, @DefaultValue("") String password) {
}
