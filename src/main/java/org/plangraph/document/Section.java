package org.plangraph.document;

/**
 * One numbered heading of a plan and the text it owns up to the next heading.
 *
 * @param code outline path such as {@code 五.(二).3}; unique within the document (a repeated path gets a
 * {@code ~2} suffix)
 * @param parentCode code of the enclosing section, or {@code null} at top level
 * @param marker the numbering as written, e.g. {@code （二）}
 * @param level depth in the outline, 1 for top level
 * @param ordinal position among all sections of the document, from 1
 * @param heading the heading phrase
 * @param text the section's own text: its heading line and the paragraphs before the next heading
 * @param start offset of the heading line in the document text
 * @param end offset just past the section's own text
 */
public record Section(String code, String parentCode, String marker, int level, int ordinal, String heading,
		String text, int start, int end) {
}
