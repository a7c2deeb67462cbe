package org.plangraph.api;

/** The passage of a text around the first place a search term occurs. */
final class Snippets {

	static final int WIDTH = 80;

	private Snippets() {
	}

	/**
	 * About {@link #WIDTH} characters of {@code body} centred on the earliest occurrence of any whitespace-separated
	 * term of {@code query}; the start of the body when no term occurs verbatim (segmentation matched a part); null
	 * for no body.
	 */
	static String around(String body, String query) {
		if (body == null || body.isBlank()) {
			return null;
		}
		int at = -1;
		int length = 0;
		for (String term : query.strip().split("\\s+")) {
			int i = term.isEmpty() ? -1 : body.indexOf(term);
			if (i >= 0 && (at < 0 || i < at)) {
				at = i;
				length = term.length();
			}
		}
		if (at < 0) {
			at = 0;
		}
		int from = Math.max(0, Math.min(at - (WIDTH - length) / 2, body.length() - WIDTH));
		int to = Math.min(body.length(), from + WIDTH);
		String passage = body.substring(from, to).replaceAll("\\s+", " ").strip();
		return (from > 0 ? "…" : "") + passage + (to < body.length() ? "…" : "");
	}

}
