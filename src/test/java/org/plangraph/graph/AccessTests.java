package org.plangraph.graph;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;
import org.plangraph.PlangraphApplication;
import org.plangraph.Seeds;
import org.plangraph.load.PlanLoader;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Who can get in. With a password configured, the embedded Bolt port refuses a client without credentials or with
 * the wrong ones, and the password appears in no log: not on the console, not in Neo4j's own log files. Without a
 * password, the HTTP and Bolt ports listen on loopback only: the kernel's socket table ({@code /proc/net/tcp},
 * {@code tcp6}) shows them bound to 127.0.0.1 or ::1, and a connection to the machine's other addresses is refused.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccessTests {

	@TempDir
	Path work;

	@Test
	void withAPasswordBoltRefusesMissingAndWrongCredentialsAndNoLogShowsThePassword(CapturedOutput output)
			throws Exception {
		String password = "pw-" + UUID.randomUUID();
		Path data = this.work.resolve("data");
		try (ConfigurableApplicationContext context = app(data, "--plangraph.auth.username=analyst",
				"--plangraph.auth.password=" + password)) {
			// The application itself gets in (it loads a plan), so the password is in use, not merely configured.
			PlanLoader loader = context.getBean(PlanLoader.class);
			loader.load(Seeds.path(Seeds.DEPUTY_REPLY));
			String bolt = context.getBean(EmbeddedNeo4j.class).boltUri();
			try (Driver none = GraphDatabase.driver(bolt, AuthTokens.none())) {
				assertThatExceptionOfType(SecurityException.class).isThrownBy(none::verifyConnectivity);
			}
			try (Driver wrong = GraphDatabase.driver(bolt, AuthTokens.basic("analyst", password + "x"))) {
				assertThatExceptionOfType(AuthenticationException.class).isThrownBy(wrong::verifyConnectivity);
			}
			try (Driver otherUser = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", password))) {
				assertThatExceptionOfType(AuthenticationException.class).isThrownBy(otherUser::verifyConnectivity);
			}
			// Neo4j's built-in user with its factory password must not be a way in (it could set its own password).
			try (Driver factory = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "neo4j"));
					var session = factory.session(org.neo4j.driver.SessionConfig.forDatabase("system"))) {
				assertThatExceptionOfType(SecurityException.class).isThrownBy(() -> session
					.run("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO 'hijacked-password'")
					.consume());
			}
			try (Driver right = GraphDatabase.driver(bolt, AuthTokens.basic("analyst", password));
					var session = right.session()) {
				assertThat(session.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong())
					.isEqualTo(1);
			}
		}
		assertThat(output.getAll()).as("console output").isNotEmpty().doesNotContain(password);
		List<Path> logs;
		try (Stream<Path> files = Files.walk(data)) {
			logs = files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".log")).toList();
		}
		assertThat(logs).as("Neo4j's log files").isNotEmpty();
		for (Path log : logs) {
			assertThat(Files.readString(log)).as(log.getFileName().toString()).doesNotContain(password);
		}
	}

	@Test
	void withoutAPasswordHttpAndBoltListenOnLoopbackOnly() throws Exception {
		try (ConfigurableApplicationContext context = app(this.work.resolve("data"))) {
			int http = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			int bolt = context.getBean(EmbeddedNeo4j.class).boltPort();
			for (int port : new int[] { http, bolt }) {
				List<String> bound = listeningAddresses(port);
				assertThat(bound).as("addresses listening on port %d", port)
					.isNotEmpty()
					.allSatisfy(address -> assertThat(address).isIn("127.0.0.1", "::1"));
				for (InetAddress other : nonLoopbackAddresses()) {
					assertThat(connects(other, port)).as("%s:%d reachable", other.getHostAddress(), port).isFalse();
				}
				assertThat(connects(InetAddress.getLoopbackAddress(), port)).isTrue();
			}
		}
	}

	private static ConfigurableApplicationContext app(Path data, String... more) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--plangraph.bolt.port=0",
				"--plangraph.data-dir=" + data, "--plangraph.initial-load.enabled=false"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(PlangraphApplication.class).web(WebApplicationType.SERVLET)
			.run(args.toArray(String[]::new));
	}

	/** Listening sockets on {@code port} from the kernel's tables: dotted IPv4 or IPv6 (::1, ::, …) addresses. */
	private static List<String> listeningAddresses(int port) throws IOException {
		List<String> addresses = new ArrayList<>();
		for (String table : new String[] { "/proc/net/tcp", "/proc/net/tcp6" }) {
			Path file = Path.of(table);
			if (!Files.exists(file)) {
				continue;
			}
			for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
				String[] fields = line.trim().split("\\s+");
				String[] local = fields[1].split(":");
				boolean listening = "0A".equals(fields[3]);
				if (listening && Integer.parseInt(local[1], 16) == port) {
					addresses.add(address(local[0]));
				}
			}
		}
		return addresses;
	}

	/** The kernel writes each 32-bit word of the address in host (little-endian) byte order. */
	private static String address(String hex) throws IOException {
		byte[] bytes = new byte[hex.length() / 2];
		for (int word = 0; word < bytes.length / 4; word++) {
			for (int i = 0; i < 4; i++) {
				bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(word * 8 + (3 - i) * 2, word * 8 + (3 - i) * 2 + 2), 16);
			}
		}
		String address = InetAddress.getByAddress(bytes).getHostAddress();
		return "0:0:0:0:0:0:0:1".equals(address) ? "::1" : address;
	}

	private static List<InetAddress> nonLoopbackAddresses() throws IOException {
		List<InetAddress> addresses = new ArrayList<>();
		for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (nic.isUp() && !nic.isLoopback()) {
				nic.inetAddresses().filter(a -> a instanceof Inet4Address).forEach(addresses::add);
			}
		}
		return addresses;
	}

	private static boolean connects(InetAddress address, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, port), 5_000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
