package org.plangraph.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The audit as Markdown an auditor reads top to bottom: summary table, gap lists, then every chain, all quoted. */
final class MarkdownReport implements ReportFormat.ReportWriter {

	@Override
	public void write(AuditReport report, Writer out) throws IOException {
		StringBuilder md = new StringBuilder("# Accountability audit\n\n");
		summary(report, md);
		md.append("## Gaps\n\n");
		for (Map.Entry<GapKind, List<Gap>> entry : report.gaps().entrySet()) {
			md.append("### ").append(entry.getKey().title()).append(" (").append(entry.getValue().size()).append(")\n\n");
			if (entry.getValue().isEmpty()) {
				md.append("None.\n\n");
				continue;
			}
			md.append("| document | section | item | why | quoted sentence |\n|---|---|---|---|---|\n");
			for (Gap gap : entry.getValue()) {
				Citation c = gap.citation();
				md.append("| ").append(cell(c.documentTitle())).append(" | ").append(cell(c.sectionCode()))
					.append(" | ").append(cell(gap.text())).append(" | ").append(cell(gap.reason()))
					.append(" | ").append(quote(c)).append(" |\n");
			}
			md.append('\n');
		}
		md.append("## Responsibility chains\n\n");
		Map<String, List<TaskChain>> byDocument = report.chains().stream()
			.collect(Collectors.groupingBy(chain -> String.valueOf(chain.citation().documentTitle()),
					java.util.LinkedHashMap::new, Collectors.toList()));
		byDocument.forEach((title, chains) -> {
			md.append("### ").append(title).append("\n\n");
			for (TaskChain chain : chains) {
				md.append("- **").append(nullToDash(chain.code())).append(' ').append(inline(chain.title()))
					.append("**\n");
				if (chain.links().isEmpty()) {
					md.append("  - nobody answers for it, not even an issuer\n");
				}
				for (ChainLink link : chain.links()) {
					md.append("  ").append("  ".repeat(link.depth())).append("- ").append(describe(link))
						.append(" — ").append(quote(link.citation())).append('\n');
				}
			}
			md.append('\n');
		});
		out.write(md.toString());
	}

	private static void summary(AuditReport report, StringBuilder md) {
		md.append("## Summary\n\n| document | tasks | named agency | inherited only | targets | goals |");
		for (GapKind kind : GapKind.values()) {
			if (kind != GapKind.TASK_WITHOUT_NAMED_AGENCY) {
				md.append(' ').append(shortTitle(kind)).append(" |");
			}
		}
		md.append("\n|---|").append("---:|".repeat(5 + GapKind.values().length - 1)).append('\n');
		for (DocumentSummary s : report.summary()) {
			md.append("| ").append(cell(s.title())).append(" | ").append(s.tasks()).append(" | ")
				.append(s.tasksNamed()).append(" | ").append(s.tasks() - s.tasksNamed()).append(" | ")
				.append(s.targets()).append(" | ").append(s.goals()).append(" |");
			for (GapKind kind : GapKind.values()) {
				if (kind != GapKind.TASK_WITHOUT_NAMED_AGENCY) {
					md.append(' ').append(s.gaps().getOrDefault(kind, 0L)).append(" |");
				}
			}
			md.append('\n');
		}
		md.append('\n');
	}

	private static String shortTitle(GapKind kind) {
		return switch (kind) {
			case TARGET_WITHOUT_TASK -> "targets without task";
			case GOAL_WITHOUT_TARGET -> "goals without target";
			case PLATFORM_WITHOUT_OPERATOR -> "platforms without operator";
			case ZONE_WITHOUT_ACTORS -> "empty zones";
			case AGENCY_WITHOUT_REPORTING_LINE -> "agencies without reporting line";
			case TASK_WITHOUT_NAMED_AGENCY -> "tasks without named agency";
		};
	}

	private static String describe(ChainLink link) {
		return switch (link.stage()) {
			case DIRECT -> link.role() + " " + link.agency();
			case INHERITED -> "ACCOUNTABLE " + link.agency() + " (issuer; the text names nobody)";
			case REPORTS_TO -> "reports to " + link.agency();
		};
	}

	private static String quote(Citation c) {
		if (c.source() != null) {
			return "(" + c.source() + ")";
		}
		if (c.quote() == null) {
			return "(no quote)";
		}
		String where = c.sectionCode() == null ? "" : " §" + c.sectionCode();
		return "“" + inline(c.quote()) + "” (" + inline(nullToDash(c.documentTitle())) + where + ", chars " + c.start()
				+ "–" + c.end() + ")";
	}

	private static String cell(String text) {
		return inline(nullToDash(text)).replace("|", "\\|");
	}

	private static String inline(String text) {
		return text == null ? "" : text.replaceAll("\\s*\\n\\s*", " ");
	}

	private static String nullToDash(String text) {
		return text == null || text.isBlank() ? "—" : text;
	}

}
