package org.ringflow.directory;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure someone can log in on a fresh installation. There is no fixed default password: on the embedded H2
 * default one is generated and printed once; anywhere else the operator must set RINGFLOW_ADMIN_PASSWORD.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String BANNER = "*".repeat(72);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AdminProperties admin;
    private final DataSource dataSource;

    AdminBootstrap(UserRepository users, PasswordEncoder passwordEncoder, AdminProperties admin, DataSource dataSource) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.admin = admin;
        this.dataSource = dataSource;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        ensureAdmin(isEmbeddedH2()).ifPresent(generated -> log.warn("""

                {}
                Ringflow created the admin user '{}' with this generated password:

                    {}

                It is shown only this once. Set RINGFLOW_ADMIN_PASSWORD to choose your own.
                {}""", BANNER, admin.username(), generated, BANNER));
    }

    /** Creates the admin if missing; returns the password when it had to be generated. */
    Optional<String> ensureAdmin(boolean embeddedH2) {
        if (users.existsByUsername(admin.username())) {
            return Optional.empty();
        }
        String password = admin.password();
        boolean generated = password.isBlank();
        if (generated && !embeddedH2) {
            throw new IllegalStateException("No admin user '" + admin.username() + "' exists and ringflow.admin.password"
                    + " (env RINGFLOW_ADMIN_PASSWORD) is not set: set it to create the first admin.");
        }
        if (generated) {
            password = generatePassword();
        }
        User user = new User("Administrator", admin.username(), passwordEncoder.encode(password), Role.ADMIN);
        user.setClientIdentity(UserService.clientIdentityFor(admin.username()));
        users.save(user);
        log.info("created admin user '{}'", admin.username());
        return generated ? Optional.of(password) : Optional.empty();
    }

    private boolean isEmbeddedH2() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
