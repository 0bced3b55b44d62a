package org.ringflow.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test on embedded PostgreSQL instead of H2. The pattern: the assertions live in an
 * abstract {@code XxxTests} class; {@code XxxOnH2Tests} and {@code @OnPostgres XxxOnPostgresTests} extend it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
public @interface OnPostgres {
}
