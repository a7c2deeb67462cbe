package org.plangraph.api;

import org.springframework.stereotype.Component;

/** Checks arguments before any Cypher runs: page sizes within the cap, ids and texts of bounded length. */
@Component
class Arguments {

	/** Ids are short; anything longer is not one of ours. */
	static final int MAX_ID_LENGTH = 512;

	private final ApiProperties properties;

	Arguments(ApiProperties properties) {
		this.properties = properties;
	}

	int first(String argument, Integer first, int defaultValue) {
		int n = first == null ? defaultValue : first;
		if (n < 0 || n > this.properties.maxPageSize()) {
			throw ApiException.badRequest("`" + argument + "` must be between 0 and " + this.properties.maxPageSize()
					+ " (got " + n + ")");
		}
		return n;
	}

	String id(String argument, String id) {
		if (id == null) {
			return null;
		}
		if (id.isBlank() || id.length() > MAX_ID_LENGTH || hasControlCharacters(id)) {
			throw ApiException.badRequest("`" + argument + "` is not a valid id");
		}
		return id;
	}

	/** Free text: trimmed, non-empty, at most {@code plangraph.graphql.max-argument-length} characters. */
	String text(String argument, String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			throw ApiException.badRequest("`" + argument + "` must not be empty");
		}
		if (trimmed.length() > this.properties.maxArgumentLength()) {
			throw ApiException.badRequest("`" + argument + "` is longer than " + this.properties.maxArgumentLength()
					+ " characters");
		}
		return trimmed;
	}

	private static boolean hasControlCharacters(String s) {
		return s.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL);
	}

}
