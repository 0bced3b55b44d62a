package org.ringflow.sandbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * /sandbox/** plays Twilio's own servers: the REST emulation checks the account SID and auth token itself
 * (HTTP Basic, like api.twilio.com) and recordings are public, like Twilio's recording URLs.
 */
@Configuration
@ConditionalOnSandbox
class SandboxSecurityConfig {

    @Bean
    @Order(0)
    SecurityFilterChain sandboxTwilio(HttpSecurity http) throws Exception {
        return http.securityMatcher("/sandbox/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .build();
    }
}
