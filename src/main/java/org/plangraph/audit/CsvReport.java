package org.plangraph.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit as one long CSV for spreadsheets: summary rows first, then one row per chain link, then one per gap; the
 * {@code record} column says which.
 */
final class CsvReport implements ReportFormat.ReportWriter {

	private static final String[] HEADER = { "record", "kind", "documentId", "documentTitle", "sectionCode", "nodeId",
			"text", "depth", "stage", "agency", "role", "count", "reason", "quote", "start", "end", "source" };

	@Override
	public void write(AuditReport report, Writer out) throws IOException {
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
		for (DocumentSummary s : report.summary()) {
			summary(csv, s, "TASKS", s.tasks());
			summary(csv, s, "TASKS_NAMED", s.tasksNamed());
			summary(csv, s, "TARGETS", s.targets());
			summary(csv, s, "GOALS", s.goals());
			for (GapKind kind : GapKind.values()) {
				summary(csv, s, kind.name(), s.gaps().getOrDefault(kind, 0L));
			}
		}
		for (TaskChain chain : report.chains()) {
			for (ChainLink link : chain.links()) {
				Citation c = link.citation();
				csv.printRecord(row("chain", "TASK", chain.citation().documentId(), chain.citation().documentTitle(),
						chain.code(), chain.taskId(), chain.title(), link.depth(), link.stage(), link.agency(),
						link.role(), null, null, c.quote(), c.start(), c.end(), c.source()));
			}
		}
		for (List<Gap> gaps : report.gaps().values()) {
			for (Gap gap : gaps) {
				Citation c = gap.citation();
				csv.printRecord(row("gap", gap.kind(), c.documentId(), c.documentTitle(), c.sectionCode(),
						gap.nodeId(), gap.text(), null, null, null, null, null, gap.reason(), c.quote(), c.start(),
						c.end(), c.source()));
			}
		}
		csv.flush();
	}

	private static void summary(CSVPrinter csv, DocumentSummary s, String kind, long count) throws IOException {
		csv.printRecord(row("summary", kind, s.documentId(), s.title(), null, null, null, null, null, null, null,
				count, null, null, null, null, null));
	}

	private static Object[] row(Object... values) {
		return values;
	}

}
