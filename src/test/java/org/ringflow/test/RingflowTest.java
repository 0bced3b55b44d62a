package org.ringflow.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The whole app on the test profile, with MockMvc and a clock tests can set: the same shared context as {@link RingflowWebTest}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@RingflowWebTest
public @interface RingflowTest {
}
