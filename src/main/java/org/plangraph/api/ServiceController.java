package org.plangraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.plangraph.api.Model.Service;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * platformsServing: resolves the {@code goal} argument to goals, topics or tasks (serving-resolve, then
 * serving-fulltext for free text that names no topic), then collects their supporters (serving).
 */
@Controller
class ServiceController {

	/** Full-text fallback keeps hits scoring at least this share of the best one. */
	private static final double RELATIVE_SCORE = 0.5;

	private final GraphReads reads;

	private final Arguments arguments;

	ServiceController(GraphReads reads, Arguments arguments) {
		this.reads = reads;
		this.arguments = arguments;
	}

	@QueryMapping
	List<Service> platformsServing(@Argument String goal, @Argument List<EntityKind> kinds) {
		String q = this.arguments.text("goal", goal);
		List<EntityKind> supporters = (kinds == null || kinds.isEmpty()) ? List.of(EntityKind.PLATFORM) : kinds;
		Served served = resolve(q);
		if (served.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("topicIds", List.copyOf(served.topics));
		params.put("goalIds", List.copyOf(served.goals));
		params.put("taskIds", List.copyOf(served.tasks));
		params.put("labels", supporters.stream().map(EntityKind::label).distinct().toList());
		return this.reads.read("serving", params)
			.stream()
			.map(r -> new Service(Nodes.entity(r.get("platform")), Nodes.node(r.get("via")),
					Nodes.evidenceList(r.get("evidence"))))
			.toList();
	}

	private Served resolve(String q) {
		String lower = q.toLowerCase(Locale.ROOT);
		Record r = this.reads.single("serving-resolve", Map.of("q", q, "lower", lower));
		Served served = new Served();
		for (Value n : r.get("exact").values()) {
			served.add(n.get("id").asString(), n.get("labels").asList(Value::asString));
		}
		if (!served.isEmpty()) {
			return served;
		}
		// Topics named in the text; a term inside a longer matched term (人工智能 in 人工智能芯片) does not count.
		List<String[]> named = new ArrayList<>();
		for (Value n : r.get("named").values()) {
			named.add(new String[] { n.get("id").asString(), n.get("term").asString() });
		}
		for (String[] candidate : named) {
			boolean inside = named.stream()
				.anyMatch(o -> o[1].length() > candidate[1].length() && o[1].contains(candidate[1]));
			if (!inside) {
				served.topics.add(candidate[0]);
			}
		}
		if (!served.isEmpty() || !FullTextQuery.searchable(q)) {
			return served;
		}
		List<Record> hits = this.reads.read("serving-fulltext", Map.of("query", FullTextQuery.escape(q)));
		double best = hits.isEmpty() ? 0 : hits.get(0).get("score").asDouble();
		for (Record hit : hits) {
			if (hit.get("score").asDouble() >= best * RELATIVE_SCORE) {
				served.add(hit.get("id").asString(), hit.get("labels").asList(Value::asString));
			}
		}
		return served;
	}

	private static final class Served {

		final Set<String> topics = new LinkedHashSet<>();

		final Set<String> goals = new LinkedHashSet<>();

		final Set<String> tasks = new LinkedHashSet<>();

		void add(String id, List<String> labels) {
			if (labels.contains("Topic")) {
				this.topics.add(id);
			}
			else if (labels.contains("Goal")) {
				this.goals.add(id);
			}
			else if (labels.contains("Task")) {
				this.tasks.add(id);
			}
		}

		boolean isEmpty() {
			return this.topics.isEmpty() && this.goals.isEmpty() && this.tasks.isEmpty();
		}

	}

}
