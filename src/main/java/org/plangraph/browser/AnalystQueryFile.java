package org.plangraph.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plangraph.graph.CypherScript;

/**
 * One analyst query of {@code cypher/queries/}: {@code :param NAME => EXPRESSION;} lines that set defaults (the
 * syntax Neo4j Browser and cypher-shell share), then exactly one query.
 *
 * @param parameters parameter names and their default values as Cypher expressions
 */
record AnalystQueryFile(String name, Map<String, String> parameters, String query) {

	private static final Pattern PARAM = Pattern.compile(":param\\s+(\\w+)\\s*=>\\s*(.+)", Pattern.DOTALL);

	static AnalystQueryFile read(String name) {
		return parse(name, GuideController.read("cypher/queries/" + name + ".cypher"));
	}

	/** @throws IllegalArgumentException unless the script is parameters and one query */
	static AnalystQueryFile parse(String name, String script) {
		Map<String, String> parameters = new LinkedHashMap<>();
		List<String> statements = CypherScript.statements(script);
		List<String> queries = statements.stream().filter(s -> !s.startsWith(":")).toList();
		for (String statement : statements) {
			Matcher m = PARAM.matcher(statement);
			if (m.matches()) {
				parameters.put(m.group(1), m.group(2).strip());
			}
			else if (statement.startsWith(":")) {
				throw new IllegalArgumentException(name + ": only :param lines may precede the query, found " + statement);
			}
		}
		if (queries.size() != 1) {
			throw new IllegalArgumentException(name + ": expected one query, found " + queries.size());
		}
		return new AnalystQueryFile(name, parameters, queries.get(0));
	}

}
