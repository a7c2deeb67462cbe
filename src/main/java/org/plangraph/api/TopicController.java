package org.plangraph.api;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.plangraph.api.Model.Topic;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The topic hierarchy (BROADER), up and down, for a batch of topics per query. */
@Controller
class TopicController {

	private final GraphReads reads;

	TopicController(GraphReads reads) {
		this.reads = reads;
	}

	@BatchMapping(typeName = "Topic")
	Map<Topic, List<Topic>> broader(List<Topic> topics) {
		return related(topics, "topics-broader");
	}

	@BatchMapping(typeName = "Topic")
	Map<Topic, List<Topic>> narrower(List<Topic> topics) {
		return related(topics, "topics-narrower");
	}

	private Map<Topic, List<Topic>> related(List<Topic> topics, String statement) {
		Map<String, List<Topic>> byId = new HashMap<>();
		for (Record r : this.reads.read(statement, Map.of("ids", topics.stream().map(Topic::id).distinct().toList()))) {
			byId.put(r.get("id").asString(), r.get("topics").asList(Nodes::topic));
		}
		Map<Topic, List<Topic>> result = new LinkedHashMap<>();
		topics.forEach(t -> result.put(t, byId.getOrDefault(t.id(), List.of())));
		return result;
	}

}
