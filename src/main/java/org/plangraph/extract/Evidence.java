package org.plangraph.extract;

/**
 * Where a fact was read: the sentence quoted, its character offsets in the document text, and the rule that found
 * it.
 *
 * @param start offset of the quote's first character in the document text
 * @param end offset just past the quote
 * @param method how the fact was found: {@code gazetteer}, {@code pattern}, {@code outline} or a rule name
 */
public record Evidence(String quote, int start, int end, String method) {

	public static Evidence of(String text, int start, int end, String method) {
		return new Evidence(text.substring(start, end), start, end, method);
	}

}
