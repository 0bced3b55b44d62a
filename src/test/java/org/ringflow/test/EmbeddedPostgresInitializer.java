package org.ringflow.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test's Spring context at a real PostgreSQL: one server per test JVM (binaries from Maven
 * Central, no install, no Docker), one fresh database per context so contexts never see each other's rows.
 * The server stops when the last context using it has closed, never under a context still shutting down.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static int leases;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgres postgres = lease();
        String database = "ringflow_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + database, e);
        }
        TestPropertyValues.of(
                "spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres",
                "spring.datasource.driver-class-name=org.postgresql.Driver"
        ).applyTo(context.getEnvironment());
        // registered before any other bean, so destroyed after all of them (the engine, the pool)
        ((DefaultListableBeanFactory) context.getBeanFactory())
                .registerDisposableBean("embeddedPostgresLease", EmbeddedPostgresInitializer::release);
    }

    private static synchronized EmbeddedPostgres lease() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
        }
        leases++;
        return server;
    }

    private static synchronized void release() throws IOException {
        if (--leases == 0 && server != null) {
            server.close();
            server = null;
        }
    }
}
