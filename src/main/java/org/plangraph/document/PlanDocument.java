package org.plangraph.document;

import java.util.List;

/**
 * A plan file read and parsed: what the extractors and the loader work on.
 *
 * @param id deterministic id {@code doc:<sourceFile without extension>}; a revised file keeps its id
 */
public record PlanDocument(String id, PlanText source, DocumentMetadata metadata, List<Section> sections) {

	public String text() {
		return this.source.text();
	}

	public String sourceFile() {
		return this.source.sourceFile();
	}

}
