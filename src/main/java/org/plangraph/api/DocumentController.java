package org.plangraph.api;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.neo4j.driver.Record;
import org.plangraph.api.Model.Document;
import org.plangraph.api.Model.Entity;
import org.plangraph.api.Model.Evidence;
import org.plangraph.api.Model.Goal;
import org.plangraph.api.Model.Section;
import org.plangraph.api.Model.Target;
import org.plangraph.api.Model.Task;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Documents, lookup by id, and the {@code document} field of everything a document states: those go through one
 * DataLoader, so a page of tasks, goals, targets and quotes costs one query for all their documents.
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

	@SchemaMapping(typeName = "Goal", field = "document")
	CompletableFuture<Document> goalDocument(Goal goal, DataLoader<String, Document> documents,
			DataFetchingFieldSelectionSet selection) {
		return document(goal.documentId(), documents, selection);
	}

	@SchemaMapping(typeName = "Task", field = "document")
	CompletableFuture<Document> taskDocument(Task task, DataLoader<String, Document> documents,
			DataFetchingFieldSelectionSet selection) {
		return document(task.documentId(), documents, selection);
	}

	@SchemaMapping(typeName = "Target", field = "document")
	CompletableFuture<Document> targetDocument(Target target, DataLoader<String, Document> documents,
			DataFetchingFieldSelectionSet selection) {
		return document(target.documentId(), documents, selection);
	}

	@SchemaMapping(typeName = "Section", field = "document")
	CompletableFuture<Document> sectionDocument(Section section, DataLoader<String, Document> documents,
			DataFetchingFieldSelectionSet selection) {
		return document(section.documentId(), documents, selection);
	}

	@SchemaMapping(typeName = "Evidence", field = "document")
	CompletableFuture<Document> evidenceDocument(Evidence evidence, DataLoader<String, Document> documents,
			DataFetchingFieldSelectionSet selection) {
		return document(evidence.documentId(), documents, selection);
	}

	/**
	 * A document asked for its id alone ({@code evidence { document { id } } }, the usual shape) is answered from the
	 * id its child already holds, without a read: every quote and node names a document its own load wrote in the
	 * same transaction. Anything more goes through the batched DataLoader.
	 */
	private static CompletableFuture<Document> document(String id, DataLoader<String, Document> documents,
			DataFetchingFieldSelectionSet selection) {
		if (id != null && selection.getImmediateFields()
			.stream()
			.allMatch(f -> "id".equals(f.getName()) || "__typename".equals(f.getName()))) {
			return CompletableFuture.completedFuture(new Document(id, null, null, null, null, null, null));
		}
		return documents.load(id);
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
