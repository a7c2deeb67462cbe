package org.plangraph.graph;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.plangraph.PlangraphApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class LoopbackGuardTests {

	private static final GraphProperties.Auth NO_AUTH = new GraphProperties.Auth("neo4j", null);

	private static final GraphProperties.Auth AUTH = new GraphProperties.Auth("neo4j", "a-long-password");

	@Test
	void loopbackIsAlwaysAllowed() {
		assertThatNoException().isThrownBy(() -> LoopbackGuard.check("Bolt", "127.0.0.1", "p", NO_AUTH));
		assertThatNoException().isThrownBy(() -> LoopbackGuard.check("Bolt", "localhost", "p", NO_AUTH));
		assertThatNoException().isThrownBy(() -> LoopbackGuard.check("Bolt", "::1", "p", NO_AUTH));
	}

	@Test
	void otherAddressesNeedAuth() {
		assertThatExceptionOfType(GraphStartupException.class)
			.isThrownBy(() -> LoopbackGuard.check("HTTP port", "0.0.0.0", "server.address", NO_AUTH))
			.withMessage("Refusing to open the HTTP port on 0.0.0.0 without authentication.")
			.satisfies(ex -> assertThat(ex.action()).contains("plangraph.auth.password"));
		assertThatExceptionOfType(GraphStartupException.class)
			.isThrownBy(() -> LoopbackGuard.check("HTTP port", "", "server.address", NO_AUTH))
			.withMessageContaining("all interfaces");
		assertThatNoException().isThrownBy(() -> LoopbackGuard.check("Bolt", "0.0.0.0", "p", AUTH));
	}

	@Test
	void embeddedServerRefusesAnOpenBoltPortWithoutAuth(@TempDir Path dir) {
		assertThatExceptionOfType(GraphStartupException.class)
			.isThrownBy(() -> EmbeddedNeo4j.start(dir, new GraphProperties.Bolt("0.0.0.0", 0), NO_AUTH))
			.withMessageContaining("embedded Bolt port on 0.0.0.0");
	}

	@Test
	void withAuthTheEmbeddedServerRequiresThePassword(@TempDir Path dir) {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir, new GraphProperties.Bolt("127.0.0.1", 0), AUTH)) {
			try (var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "wrong-password"))) {
				assertThatExceptionOfType(AuthenticationException.class).isThrownBy(driver::verifyConnectivity);
			}
			try (var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
				assertThatExceptionOfType(AuthenticationException.class).isThrownBy(driver::verifyConnectivity);
			}
			try (var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "a-long-password"))) {
				assertThatNoException().isThrownBy(driver::verifyConnectivity);
			}
		}
	}

	@Test
	void theApplicationWillNotServeHttpBeyondLoopbackWithoutAuth(@TempDir Path dir) {
		assertThatExceptionOfType(Exception.class)
			.isThrownBy(() -> new SpringApplicationBuilder(PlangraphApplication.class).web(WebApplicationType.SERVLET)
				.run("--server.address=0.0.0.0", "--server.port=0", "--plangraph.bolt.port=0",
						"--plangraph.data-dir=" + dir, "--plangraph.initial-load.enabled=false")
				.close())
			.havingRootCause()
			.isInstanceOf(GraphStartupException.class)
			.withMessageContaining("HTTP port on 0.0.0.0");
	}

}
