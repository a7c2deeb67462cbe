package org.plangraph.extract;

import org.plangraph.document.PlanDocument;

/** Turns a parsed plan into the facts of the graph model. Implementations are pure and thread-safe. */
public interface PlanExtractor {

	Extraction extract(PlanDocument document);

}
