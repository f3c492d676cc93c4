package io.talentgraph.testing;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that takes minutes rather than seconds (crash loops, benchmarks, browser runs, concurrent
 * soak): it runs in CI and with {@code mvn -B verify -Plong-suites}, not in the test command a contributor runs
 * before every change.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(LongSuite.TAG)
public @interface LongSuite {

    /** The JUnit tag the build selects on. */
    String TAG = "long";
}
