package org.plangraph.audit;

import java.util.List;
import java.util.Map;

/** The whole audit: the summary per document, every task's chain, and the gap lists. */
public record AuditReport(List<DocumentSummary> summary, List<TaskChain> chains, Map<GapKind, List<Gap>> gaps) {
}
