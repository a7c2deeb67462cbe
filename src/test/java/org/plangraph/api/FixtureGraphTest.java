package org.plangraph.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.plangraph.TemporaryDataDirectory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port over its own empty embedded graph (no seeds), with the Cypher query counter
 * installed and the write token configured. Classes with this annotation share one context; they create the
 * {@link ApiFixture} subgraph and must leave it as they found it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "plangraph.bolt.port=0", "plangraph.initial-load.enabled=false",
				"plangraph.graphql.write-token=" + FixtureGraphTest.WRITE_TOKEN })
@ContextConfiguration(initializers = TemporaryDataDirectory.class)
@Import(CypherQueryCounter.class)
public @interface FixtureGraphTest {

	/** A test token only: production reads it from configuration. */
	String WRITE_TOKEN = "test-write-token-4c1f";

}
