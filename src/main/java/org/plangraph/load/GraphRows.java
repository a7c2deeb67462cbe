package org.plangraph.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plangraph.document.PlanDocument;
import org.plangraph.document.Section;
import org.plangraph.extract.Actor;
import org.plangraph.extract.Evidence;
import org.plangraph.extract.Extraction;
import org.plangraph.extract.Goal;
import org.plangraph.extract.NodeIds;
import org.plangraph.extract.Relation;
import org.plangraph.extract.Target;
import org.plangraph.extract.Task;
import org.plangraph.extract.Topic;

/**
 * A document and its extraction as parameter rows for the batched writes: plain maps, one per node or relationship,
 * so every statement is a fixed, parameterised {@code UNWIND}.
 */
record GraphRows(Map<String, Object> document, List<Map<String, Object>> sections,
		List<Map<String, Object>> goals, List<Map<String, Object>> targets, List<Map<String, Object>> tasks,
		List<Map<String, Object>> actors, List<Map<String, Object>> topics, List<Map<String, Object>> broader,
		List<Map<String, Object>> partOf, List<Map<String, Object>> derived, List<Map<String, Object>> curated) {

	static GraphRows of(PlanDocument doc, Extraction extraction) {
		String docId = doc.id();
		var meta = doc.metadata();
		Map<String, Object> document = new HashMap<>();
		document.put("id", docId);
		document.put("title", meta.title());
		document.put("docNumber", meta.docNumber());
		document.put("kind", meta.kind().name());
		document.put("issuedOn", meta.issuedOn());
		document.put("period", meta.period());
		document.put("sourceFile", doc.sourceFile());
		document.put("sha256", doc.source().sha256());
		document.put("charset", doc.source().charset());
		document.put("text", doc.text());
		document.put("chars", doc.text().length());
		// What a reader checks a read against (see api/ReadCheck): the version every task and target of this load
		// carries, and how many there are. A read that ran across a replacement's commit disagrees and is repeated.
		String version = doc.source().sha256().substring(0, 16);
		document.put("taskCount", extraction.tasks().size());
		document.put("targetCount", extraction.targets().size());

		List<Map<String, Object>> sections = new ArrayList<>();
		List<Map<String, Object>> partOf = new ArrayList<>();
		for (Section s : doc.sections()) {
			String id = NodeIds.section(docId, s.code());
			sections.add(row("id", id, "doc", docId, "code", s.code(), "heading", s.heading(), "text", s.text(),
					"ordinal", s.ordinal(), "level", s.level(), "marker", s.marker(), "start", s.start(), "end",
					s.end()));
			partOf.add(link(id, "Section", s.parentCode() == null ? docId : NodeIds.section(docId, s.parentCode()),
					s.parentCode() == null ? "Document" : "Section"));
		}
		List<Map<String, Object>> goals = new ArrayList<>();
		for (Goal g : extraction.goals()) {
			goals.add(withEvidence(row("id", g.id(), "doc", docId, "text", g.text(), "horizonYear", g.horizonYear()),
					g.evidence()));
			partOf.add(link(g.id(), "Goal", owner(docId, g.sectionCode()), ownerLabel(g.sectionCode())));
		}
		List<Map<String, Object>> targets = new ArrayList<>();
		for (Target t : extraction.targets()) {
			targets.add(withEvidence(row("id", t.id(), "doc", docId, "metric", t.metric(), "value", t.value(),
					"valueHigh", t.valueHigh(), "unit", t.unit(), "comparator", t.comparator(), "year", t.year(),
					"kind", t.kind().name(), "text", t.text(), "docVersion", version), t.evidence()));
			partOf.add(link(t.id(), "Target", owner(docId, t.sectionCode()), ownerLabel(t.sectionCode())));
		}
		List<Map<String, Object>> tasks = new ArrayList<>();
		for (Task t : extraction.tasks()) {
			tasks.add(withEvidence(row("id", t.id(), "doc", docId, "code", t.code(), "title", t.title(), "text",
					t.text(), "docVersion", version), t.evidence()));
			partOf.add(link(t.id(), "Task", owner(docId, t.sectionCode()), ownerLabel(t.sectionCode())));
		}
		Map<String, Map<String, Object>> actors = new LinkedHashMap<>();
		for (Actor a : extraction.actors()) {
			actors.putIfAbsent(a.id(), row("id", a.id(), "label", a.kind().label(), "kind", a.kind().name(), "name",
					a.name(), "nameEn", a.nameEn(), "aliases", a.aliases()));
		}
		Map<String, Map<String, Object>> topics = new LinkedHashMap<>();
		List<Map<String, Object>> broader = new ArrayList<>();
		for (Topic t : extraction.topics()) {
			if (topics.putIfAbsent(t.id(), row("id", t.id(), "name", t.name(), "nameEn", t.nameEn(), "aliases",
					t.aliases())) == null) {
				for (String parent : t.broader()) {
					broader.add(row("from", t.id(), "to", Topic.idFor(parent), "toName", parent));
				}
			}
		}
		List<Map<String, Object>> derived = new ArrayList<>();
		List<Map<String, Object>> curated = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (Relation r : extraction.relations()) {
			Map<String, Object> rel = row("type", r.type().name(), "from", r.fromId(), "fromLabel",
					NodeIds.label(r.fromId()), "to", r.toId(), "toLabel", NodeIds.label(r.toId()));
			Map<String, Object> props = new HashMap<>();
			if (r.role() != null) {
				props.put("role", r.role());
			}
			if (r.evidence() == null) {
				props.put("method", "vocabulary");
				rel.put("props", props);
				if (seen.add(r.type() + "|" + r.fromId() + "|" + r.toId() + "|" + r.role())) {
					curated.add(rel);
				}
				continue;
			}
			Evidence e = r.evidence();
			props.put("doc", docId);
			props.put("quote", e.quote());
			props.put("start", e.start());
			props.put("end", e.end());
			props.put("method", e.method());
			rel.put("props", props);
			if (seen.add(r.type() + "|" + r.fromId() + "|" + r.toId() + "|" + r.role() + "|" + e.start())) {
				derived.add(rel);
			}
		}
		return new GraphRows(document, sections, goals, targets, tasks, new ArrayList<>(actors.values()),
				new ArrayList<>(topics.values()), broader, partOf, derived, curated);
	}

	/** Nodes and relationships this document writes (shared actors and topics counted once). */
	long nodeCount() {
		return 1L + this.sections.size() + this.goals.size() + this.targets.size() + this.tasks.size()
				+ this.actors.size() + this.topics.size();
	}

	long relationshipCount() {
		return (long) this.partOf.size() + this.derived.size() + this.curated.size() + this.broader.size();
	}

	private static String owner(String docId, String sectionCode) {
		return sectionCode == null ? docId : NodeIds.section(docId, sectionCode);
	}

	private static String ownerLabel(String sectionCode) {
		return sectionCode == null ? "Document" : "Section";
	}

	private static Map<String, Object> link(String from, String fromLabel, String to, String toLabel) {
		return row("from", from, "fromLabel", fromLabel, "to", to, "toLabel", toLabel);
	}

	private static Map<String, Object> withEvidence(Map<String, Object> row, Evidence e) {
		if (e != null) {
			row.put("quote", e.quote());
			row.put("start", e.start());
			row.put("end", e.end());
			row.put("method", e.method());
		}
		return row;
	}

	private static Map<String, Object> row(Object... keyValues) {
		Map<String, Object> row = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			row.put((String) keyValues[i], keyValues[i + 1]);
		}
		return row;
	}

}
