package org.plangraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random HTTP port, with a real embedded Neo4j on a free Bolt port and a temporary data
 * directory, and the seed plans loaded by the initial load. Test classes with this annotation share one context:
 * tests must not change the seeded graph (use {@link TestGraph} or a context of their own for that).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "plangraph.bolt.port=0", "plangraph.initial-load.dir=import/plans" })
@ContextConfiguration(initializers = TemporaryDataDirectory.class)
public @interface SeededGraphTest {

}
