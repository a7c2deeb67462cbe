package org.plangraph.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.plangraph.graph.GraphTarget;

/**
 * Builds the audit from the graph: responsibility chains for every task and the gap lists, for one document or all.
 * Reads in one read transaction so the report is consistent while loads run.
 */
public class Auditor {

	private static final String CURATED = "curated agency hierarchy (import/vocabulary/)";

	private final Driver driver;

	private final GraphTarget target;

	public Auditor(Driver driver, GraphTarget target) {
		this.driver = driver;
		this.target = target;
	}

	/**
	 * @param documentId a document id, or {@code null} for every document
	 */
	public AuditReport audit(String documentId) {
		try (Session session = this.driver.session(this.target.session())) {
			return session.executeRead(tx -> {
				Map<String, Object> params = Collections.singletonMap("document", documentId);
				Map<String, Record> documents = new LinkedHashMap<>();
				tx.run(AuditQueries.get("documents"), params)
					.forEachRemaining(r -> documents.put(r.get("documentId").asString(), r));
				Map<String, List<ReportingLine>> reportsTo = new HashMap<>();
				tx.run(AuditQueries.get("reporting-lines"), Map.of()).forEachRemaining(r -> reportsTo
					.computeIfAbsent(r.get("fromId").asString(), k -> new ArrayList<>())
					.add(new ReportingLine(r.get("toId").asString(), r.get("toName").asString(), citation(r,
							documents))));
				List<TaskChain> chains = new ArrayList<>();
				tx.run(AuditQueries.get("tasks"), params)
					.forEachRemaining(r -> chains.add(chain(r, reportsTo, documents)));
				Map<GapKind, List<Gap>> gaps = new EnumMap<>(GapKind.class);
				gaps.put(GapKind.TASK_WITHOUT_NAMED_AGENCY, chains.stream()
					.filter(chain -> !chain.named())
					.map(chain -> new Gap(GapKind.TASK_WITHOUT_NAMED_AGENCY, chain.taskId(), chain.title(),
							chain.links().isEmpty() ? "no agency at all, not even an issuer"
									: "inherited by " + chain.links().getFirst().agency(),
							chain.citation()))
					.toList());
				for (GapKind kind : GapKind.values()) {
					if (kind.query() != null) {
						List<Gap> found = new ArrayList<>();
						tx.run(AuditQueries.get(kind.query()), params)
							.forEachRemaining(r -> found.add(new Gap(kind, r.get("nodeId").asString(),
									r.get("text").asString(null), r.get("reason").asString(),
									citation(r, documents))));
						gaps.put(kind, found);
					}
				}
				return new AuditReport(summaries(documents, chains, gaps), chains, gaps);
			});
		}
	}

	private record ReportingLine(String agencyId, String agency, Citation citation) {
	}

	private static TaskChain chain(Record r, Map<String, List<ReportingLine>> reportsTo,
			Map<String, Record> documents) {
		String documentId = r.get("documentId").asString();
		Citation taskCitation = new Citation(documentId, r.get("documentTitle").asString(null),
				r.get("code").asString(null), r.get("quote").asString(null), integer(r.get("start")),
				integer(r.get("end")), null);
		List<ChainLink> links = new ArrayList<>();
		for (Value link : r.get("links").values()) {
			String role = link.get("role").asString(null);
			ChainLink.Stage stage = "ACCOUNTABLE".equals(role) ? ChainLink.Stage.INHERITED : ChainLink.Stage.DIRECT;
			links.add(new ChainLink(0, stage, link.get("agencyId").asString(), link.get("agency").asString(), role,
					new Citation(documentId, taskCitation.documentTitle(), taskCitation.sectionCode(),
							link.get("quote").asString(null), integer(link.get("start")), integer(link.get("end")),
							null)));
		}
		// Inherited accountability only counts where the text names nobody.
		if (links.stream().anyMatch(link -> link.stage() == ChainLink.Stage.DIRECT)) {
			links.removeIf(link -> link.stage() == ChainLink.Stage.INHERITED);
		}
		links.addAll(ancestors(links, reportsTo));
		return new TaskChain(r.get("taskId").asString(), r.get("code").asString(null), r.get("title").asString(null),
				taskCitation, links);
	}

	/** Breadth first up the reporting lines, each agency once, so cycles in the hierarchy cannot loop. */
	private static List<ChainLink> ancestors(List<ChainLink> start, Map<String, List<ReportingLine>> reportsTo) {
		List<ChainLink> found = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Deque<ChainLink> queue = new ArrayDeque<>();
		for (ChainLink link : start) {
			seen.add(link.agencyId());
			queue.add(link);
		}
		while (!queue.isEmpty()) {
			ChainLink below = queue.poll();
			for (ReportingLine line : reportsTo.getOrDefault(below.agencyId(), List.of())) {
				if (seen.add(line.agencyId())) {
					ChainLink up = new ChainLink(below.depth() + 1, ChainLink.Stage.REPORTS_TO, line.agencyId(),
							line.agency(), null, line.citation());
					found.add(up);
					queue.add(up);
				}
			}
		}
		return found;
	}

	private static Citation citation(Record r, Map<String, Record> documents) {
		Value doc = r.get(r.containsKey("documentId") ? "documentId" : "doc");
		if (doc.isNull()) {
			return Citation.curated(CURATED);
		}
		String documentId = doc.asString();
		Record document = documents.get(documentId);
		String title = r.containsKey("documentTitle") ? r.get("documentTitle").asString(null) : null;
		if (title == null && document != null) {
			title = document.get("documentTitle").asString(null);
		}
		return new Citation(documentId, title,
				r.containsKey("sectionCode") ? r.get("sectionCode").asString(null) : null,
				r.get("quote").asString(null), integer(r.get("start")), integer(r.get("end")), null);
	}

	private static Integer integer(Value value) {
		return value.isNull() ? null : value.asInt();
	}

	private static List<DocumentSummary> summaries(Map<String, Record> documents, List<TaskChain> chains,
			Map<GapKind, List<Gap>> gaps) {
		List<DocumentSummary> summaries = new ArrayList<>();
		documents.forEach((id, d) -> {
			Map<GapKind, Long> counts = new EnumMap<>(GapKind.class);
			gaps.forEach((kind, list) -> counts.put(kind,
					list.stream().filter(gap -> id.equals(gap.citation().documentId())).count()));
			long named = chains.stream()
				.filter(chain -> id.equals(chain.citation().documentId()) && chain.named())
				.count();
			summaries.add(new DocumentSummary(id, d.get("documentTitle").asString(null),
					d.get("sourceFile").asString(null), d.get("tasks").asLong(), named, d.get("targets").asLong(),
					d.get("goals").asLong(), counts));
		});
		return summaries;
	}

}
