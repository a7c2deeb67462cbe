package org.plangraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.plangraph.api.Model.Entity;
import org.plangraph.api.Model.ResponsibilityLink;
import org.plangraph.api.Model.Task;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Who answers for a task: RESPONSIBLE_FOR at depth 0, then REPORTS_TO upwards. */
@Controller
class ResponsibilityController {

	private final GraphReads reads;

	private final Arguments arguments;

	ResponsibilityController(GraphReads reads, Arguments arguments) {
		this.reads = reads;
		this.arguments = arguments;
	}

	@QueryMapping
	List<ResponsibilityLink> responsibilityChain(@Argument String task) {
		String id = this.arguments.id("task", task);
		Record r = this.reads.single("responsibility-chain", Map.of("task", id));
		if (!r.get("known").asBoolean()) {
			throw ApiException.notFound("No task with id " + id);
		}
		// Rows come ordered by depth: keep every role at depth 0, then each higher agency once, at its least depth.
		List<ResponsibilityLink> chain = new ArrayList<>();
		Set<String> seenAbove = new HashSet<>();
		Set<String> direct = new HashSet<>();
		for (Value v : r.get("links").values()) {
			ResponsibilityLink link = link(v);
			if (link.depth() == 0) {
				direct.add(link.agency().id());
				chain.add(link);
			}
			else if (!direct.contains(link.agency().id()) && seenAbove.add(link.agency().id())) {
				chain.add(link);
			}
		}
		return chain;
	}

	@BatchMapping(typeName = "Task")
	Map<Task, List<ResponsibilityLink>> responsible(List<Task> tasks) {
		Map<String, List<ResponsibilityLink>> byId = new HashMap<>();
		List<String> ids = tasks.stream().map(Task::id).distinct().toList();
		for (Record r : this.reads.read("task-responsible", Map.of("ids", ids))) {
			byId.put(r.get("id").asString(), r.get("links").asList(ResponsibilityController::link));
		}
		Map<Task, List<ResponsibilityLink>> result = new LinkedHashMap<>();
		tasks.forEach(t -> result.put(t, byId.getOrDefault(t.id(), List.of())));
		return result;
	}

	private static ResponsibilityLink link(Value v) {
		Entity below = v.get("below").isNull() ? null : Nodes.entity(v.get("below"));
		return new ResponsibilityLink(v.get("depth").asInt(0), Nodes.entity(v.get("agency")),
				v.get("role").asString(), below, Nodes.evidence(v.get("evidence")));
	}

}
