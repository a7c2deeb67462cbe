package org.plangraph.audit;

import java.util.Map;

/** The counts of one document's audit, for the summary table that opens the report. */
public record DocumentSummary(String documentId, String title, String sourceFile, long tasks, long tasksNamed,
		long targets, long goals, Map<GapKind, Long> gaps) {
}
