package org.plangraph.api;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.plangraph.api.Model.Document;
import org.plangraph.api.Model.Entity;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Documents, lookup by id, and the DataLoader behind the {@code document} field of everything a document states
 * ({@link DocumentFields}), so a page of tasks, goals, targets and quotes costs one query for all their documents.
 */
@Controller
class DocumentController {

	private final GraphReads reads;

	private final Arguments arguments;

	DocumentController(GraphReads reads, Arguments arguments, BatchLoaderRegistry registry) {
		this.reads = reads;
		this.arguments = arguments;
		registry.forTypePair(String.class, Document.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> documentsById(ids)));
	}

	@QueryMapping
	List<Document> documents() {
		return this.reads.read("documents", Map.of()).stream().map(r -> Nodes.document(r.get("node"))).toList();
	}

	@QueryMapping
	Document document(@Argument String id) {
		return documentsById(Set.of(this.arguments.id("id", id))).get(id);
	}

	@QueryMapping
	Object node(@Argument String id) {
		List<Record> records = this.reads.read("node", Map.of("id", this.arguments.id("id", id)));
		return records.isEmpty() ? null : Nodes.node(records.get(0).get("node"));
	}

	@BatchMapping(typeName = "Document")
	Map<Document, List<Entity>> issuers(List<Document> documents) {
		Map<String, List<Entity>> byId = new HashMap<>();
		for (Record r : this.reads.read("document-issuers", Map.of("ids", documents.stream().map(Document::id).toList()))) {
			byId.put(r.get("id").asString(), Nodes.entities(r.get("entities")));
		}
		Map<Document, List<Entity>> result = new LinkedHashMap<>();
		documents.forEach(d -> result.put(d, byId.getOrDefault(d.id(), List.of())));
		return result;
	}

	private Map<String, Document> documentsById(Set<String> ids) {
		Map<String, Document> result = new HashMap<>();
		for (Record r : this.reads.read("documents-by-id", Map.of("ids", List.copyOf(ids)))) {
			Document d = Nodes.document(r.get("node"));
			result.put(d.id(), d);
		}
		return result;
	}

}
