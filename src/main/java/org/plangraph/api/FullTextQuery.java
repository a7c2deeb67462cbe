package org.plangraph.api;

import java.util.regex.Pattern;

/**
 * Turns user text into a Lucene query that means exactly the words typed: every character of Lucene's query syntax
 * is escaped, and the operators AND, OR, NOT (upper case only in Lucene) are lower-cased into plain words.
 */
final class FullTextQuery {

	private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/";

	private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");

	private FullTextQuery() {
	}

	static String escape(String text) {
		String words = OPERATOR.matcher(text).replaceAll(m -> m.group(1).toLowerCase(java.util.Locale.ROOT));
		StringBuilder out = new StringBuilder(words.length() * 2);
		for (int i = 0; i < words.length(); i++) {
			char c = words.charAt(i);
			if (SPECIAL.indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(Character.isISOControl(c) ? ' ' : c);
		}
		return out.toString();
	}

	/** Text with nothing to search for (no letter or digit) finds nothing, without asking the index. */
	static boolean searchable(String text) {
		return text.codePoints().anyMatch(Character::isLetterOrDigit);
	}

}
