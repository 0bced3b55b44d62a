package org.ringflow.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param enabled seed demo users, a group and numbers on the first start (on by default on the embedded default) */
@ConfigurationProperties("ringflow.demo-data")
public record DemoDataProperties(boolean enabled) {
}
