package org.plangraph.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Cypher script the way cypher-shell scripts are written: statements end with a semicolon at the end of a
 * line; lines starting with {@code //} are comments.
 */
public final class CypherScript {

	private CypherScript() {
	}

	public static List<String> statements(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("//") || trimmed.isEmpty()) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				statements.add(current.substring(0, current.lastIndexOf(";")).strip());
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return statements;
	}

}
