package org.plangraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies {@code cypher/migrations/V###__*.cypher} in version order, each once, and records it as a
 * {@code __Migration {version, description, checksum, appliedAt}} node. A recorded migration whose file changed stops
 * start-up: history is never rewritten silently.
 * <p>
 * Hand-written because Neo4j-Migrations does not resolve from the Maven repository reachable here and
 * liquibase-neo4j only in a version untested with driver 6 (see README). Schema statements run in their own
 * auto-commit transactions (Neo4j does not mix schema and data writes); every schema statement uses
 * {@code IF NOT EXISTS} so a migration interrupted half-way can be re-run.
 * <p>
 * The placeholder {@code $fulltextAnalyzer} in a migration is replaced by the Chinese analyzer the server offers
 * ({@value SmartChineseAnalyzerProvider#NAME} when plangraph's jar is loaded, else Neo4j's {@code cjk}); Neo4j does
 * not accept parameters in index options, and the value comes from the server's own list, never from input.
 */
public class Migrations {

	private static final Logger log = LoggerFactory.getLogger(Migrations.class);

	static final String LOCATION = "classpath*:cypher/migrations/V*__*.cypher";

	private final Driver driver;

	private final GraphTarget target;

	public Migrations(Driver driver, GraphTarget target) {
		this.driver = driver;
		this.target = target;
	}

	/** @return the migrations applied by this call */
	public List<Migration> apply() {
		List<Migration> pending = new ArrayList<>();
		try (Session session = this.driver.session(this.target.session())) {
			Map<Integer, String> applied = new HashMap<>();
			session
				.run("MATCH (m:__Migration) RETURN m.version AS version, m.checksum AS checksum")
				.forEachRemaining(r -> applied.put(r.get("version").asInt(), r.get("checksum").asString()));
			for (Migration migration : load()) {
				String checksum = applied.get(migration.version());
				if (checksum == null) {
					pending.add(migration);
				}
				else if (!checksum.equals(migration.checksum())) {
					throw new GraphStartupException("Migration V" + migration.version() + " (" + migration.description()
							+ ") changed after it was applied to this graph.",
							"Restore the original file and add the change as a new migration with a higher version.",
							null);
				}
			}
			String analyzer = pending.isEmpty() ? null : chineseAnalyzer(session);
			for (Migration migration : pending) {
				long started = System.nanoTime();
				for (String statement : migration.statements()) {
					session.run(statement.replace("$fulltextAnalyzer", "'" + analyzer + "'")).consume();
				}
				session.run("""
						MERGE (m:__Migration {version: $version})
						SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
						""", Map.of("version", migration.version(), "description", migration.description(), "checksum",
						migration.checksum()))
					.consume();
				log.info("Applied migration V{} {} in {} ms", migration.version(), migration.description(),
						(System.nanoTime() - started) / 1_000_000);
			}
			if (!pending.isEmpty()) {
				session.run("CALL db.awaitIndexes(300)").consume();
			}
		}
		return pending;
	}

	private static String chineseAnalyzer(Session session) {
		List<String> available = session.run("CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer")
			.list(r -> r.get("analyzer").asString());
		return available.contains(SmartChineseAnalyzerProvider.NAME) ? SmartChineseAnalyzerProvider.NAME : "cjk";
	}

	static List<Migration> load() {
		try {
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				migrations.add(Migration.parse(resource.getFilename(),
						resource.getContentAsString(StandardCharsets.UTF_8)));
			}
			migrations.sort(Comparator.comparingInt(Migration::version));
			for (int i = 1; i < migrations.size(); i++) {
				if (migrations.get(i).version() == migrations.get(i - 1).version()) {
					throw new IllegalStateException("Two migrations have version " + migrations.get(i).version());
				}
			}
			return migrations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
