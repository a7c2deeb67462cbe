package org.plangraph.api;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Value;
import org.plangraph.api.Model.Document;
import org.plangraph.api.Model.Entity;
import org.plangraph.api.Model.Evidence;
import org.plangraph.api.Model.Goal;
import org.plangraph.api.Model.Section;
import org.plangraph.api.Model.Target;
import org.plangraph.api.Model.Task;
import org.plangraph.api.Model.Topic;

/**
 * Turns the node maps the Cypher files return ({@code n {.*, labels: labels(n)}}) into the GraphQL records, choosing
 * the type by label.
 */
final class Nodes {

	private Nodes() {
	}

	/** Any node of the model; {@code null} for a null value or a node of no API type. */
	static Object node(Value v) {
		if (v == null || v.isNull()) {
			return null;
		}
		List<String> labels = v.get("labels").asList(Value::asString);
		if (labels.contains("Document")) {
			return document(v);
		}
		if (labels.contains("Entity")) {
			return entity(v);
		}
		if (labels.contains("Topic")) {
			return topic(v);
		}
		if (labels.contains("Task")) {
			return task(v);
		}
		if (labels.contains("Goal")) {
			return goal(v);
		}
		if (labels.contains("Target")) {
			return target(v);
		}
		if (labels.contains("Section")) {
			return section(v);
		}
		return null;
	}

	static Document document(Value v) {
		return new Document(str(v, "id"), str(v, "title"), str(v, "docNumber"), str(v, "kind"), str(v, "issuedOn"),
				str(v, "period"), str(v, "sourceFile"));
	}

	static Entity entity(Value v) {
		if (v == null || v.isNull()) {
			return null;
		}
		List<String> labels = v.get("labels").isNull() ? List.of() : v.get("labels").asList(Value::asString);
		return new Entity(str(v, "id"), EntityKind.of(labels, str(v, "kind")), str(v, "name"), str(v, "nameEn"),
				v.get("aliases").isNull() ? List.of() : v.get("aliases").asList(Value::asString));
	}

	static Topic topic(Value v) {
		return new Topic(str(v, "id"), str(v, "name"), str(v, "nameEn"));
	}

	static Task task(Value v) {
		return new Task(str(v, "id"), str(v, "code"), str(v, "title"), str(v, "text"), str(v, "doc"));
	}

	static Goal goal(Value v) {
		return new Goal(str(v, "id"), str(v, "text"), integer(v, "horizonYear"), str(v, "doc"));
	}

	static Section section(Value v) {
		return new Section(str(v, "id"), str(v, "code"), str(v, "heading"), str(v, "text"), integer(v, "ordinal"),
				str(v, "doc"));
	}

	static Target target(Value v) {
		Evidence evidence = evidence(v);
		if (evidence == null) {
			// A target always has its clause; without offsets, quote the clause itself.
			evidence = new Evidence(str(v, "doc"), str(v, "text"), 0, 0);
		}
		return new Target(str(v, "id"), str(v, "metric"), dbl(v, "value"), dbl(v, "valueHigh"), str(v, "unit"),
				str(v, "comparator"), integer(v, "year"), str(v, "kind"), str(v, "doc"), evidence);
	}

	/** Evidence from a relationship's or node's {@code doc, quote, start, end}; {@code null} when it has none. */
	static Evidence evidence(Value v) {
		if (v == null || v.isNull() || v.get("quote").isNull() || v.get("doc").isNull()) {
			return null;
		}
		return new Evidence(str(v, "doc"), str(v, "quote"), v.get("start").asInt(0), v.get("end").asInt(0));
	}

	static List<Evidence> evidenceList(Value list) {
		List<Evidence> result = new ArrayList<>();
		for (Value v : list.values()) {
			Evidence e = evidence(v);
			if (e != null) {
				result.add(e);
			}
		}
		return result;
	}

	static List<Entity> entities(Value list) {
		return list.asList(Nodes::entity);
	}

	private static String str(Value v, String key) {
		Value x = v.get(key);
		return x.isNull() ? null : x.asObject().toString();
	}

	private static Integer integer(Value v, String key) {
		Value x = v.get(key);
		return x.isNull() ? null : x.asNumber().intValue();
	}

	private static Double dbl(Value v, String key) {
		Value x = v.get(key);
		return x.isNull() ? null : x.asNumber().doubleValue();
	}

}
