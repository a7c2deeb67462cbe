package org.plangraph.audit;

/**
 * Where a claim of the audit rests: the document, the section (outline code), and the quoted sentence with its
 * character offsets; a curated fact (from a vocabulary file) has no document and says so in {@code source}.
 */
public record Citation(String documentId, String documentTitle, String sectionCode, String quote, Integer start,
		Integer end, String source) {

	static Citation curated(String source) {
		return new Citation(null, null, null, null, null, null, source);
	}

}
