package org.plangraph.graph;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link GraphStartupException} into Boot's short "APPLICATION FAILED TO START" report. */
class GraphStartupFailureAnalyzer extends AbstractFailureAnalyzer<GraphStartupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, GraphStartupException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
