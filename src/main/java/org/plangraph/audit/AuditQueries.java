package org.plangraph.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The audit's Cypher, read from {@code cypher/audit/} (copied into the jar), so it stays readable and reusable. */
final class AuditQueries {

	private static final Map<String, String> cache = new ConcurrentHashMap<>();

	private AuditQueries() {
	}

	static String get(String name) {
		return cache.computeIfAbsent(name, AuditQueries::read);
	}

	private static String read(String name) {
		String resource = "/cypher/audit/" + name + ".cypher";
		try (InputStream in = AuditQueries.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(resource, ex);
		}
	}

}
