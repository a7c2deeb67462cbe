package org.plangraph.browser;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** Runs a {@code cypher/queries/*.cypher} file as Neo4j Browser and cypher-shell do: defaults first, then the query. */
final class AnalystQuery {

	static final Path DIR = Path.of("cypher/queries");

	private AnalystQuery() {
	}

	static AnalystQueryFile load(String name) {
		return AnalystQueryFile.read(name);
	}

	static List<Record> run(AnalystQueryFile file, Driver driver) {
		return run(file, driver, Map.of());
	}

	/** Each default is a Cypher expression, evaluated the way {@code :param} evaluates it. */
	static List<Record> run(AnalystQueryFile file, Driver driver, Map<String, Object> overrides) {
		try (Session session = driver.session()) {
			Map<String, Object> params = new LinkedHashMap<>();
			file.parameters()
				.forEach((key, expression) -> params.put(key,
						session.run("RETURN " + expression + " AS value").single().get("value").asObject()));
			params.putAll(overrides);
			return session.run(file.query(), params).list();
		}
	}

}
