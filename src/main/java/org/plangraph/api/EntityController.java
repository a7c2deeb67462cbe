package org.plangraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.dataloader.DataLoader;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.plangraph.api.Model.Connection;
import org.plangraph.api.Model.Edge;
import org.plangraph.api.Model.Entity;
import org.plangraph.api.Model.Evidence;
import org.plangraph.api.Model.PageInfo;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** Actors: the paginated list and their nested fields, each resolved for a whole batch of actors at once. */
@Controller
class EntityController {

	static final String CURSOR_KIND = "entity/1";

	private static final String MENTIONS_LOADER = "entityMentions";

	private final GraphReads reads;

	private final Arguments arguments;

	EntityController(GraphReads reads, Arguments arguments, BatchLoaderRegistry registry) {
		this.reads = reads;
		this.arguments = arguments;
		registry.<MentionsKey, List<Evidence>>forName(MENTIONS_LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> mentions(keys)));
	}

	/** Key of the mentions DataLoader: the same actor asked with another {@code first} is another key. */
	record MentionsKey(String id, int first) {
	}

	@QueryMapping
	Connection<Entity> entities(@Argument EntityKind kind, @Argument String nameContains, @Argument Integer first,
			@Argument String after) {
		int size = this.arguments.first("first", first, 20);
		String contains = nameContains == null ? null
				: this.arguments.text("nameContains", nameContains).toLowerCase(Locale.ROOT);
		String afterId = after == null ? null : Cursors.decode(CURSOR_KIND, 1, after).get(0);
		Map<String, Object> params = new HashMap<>();
		params.put("label", kind == null ? null : kind.label());
		params.put("contains", contains);
		params.put("after", afterId);
		params.put("limit", size + 1);
		Record r = this.reads.single("entities-page", params);
		List<Entity> page = Nodes.entities(r.get("page"));
		return connection(page, size, r.get("totalCount").asLong(), e -> Cursors.encode(CURSOR_KIND, e.id()));
	}

	static <T> Connection<T> connection(List<T> fetched, int size, long total, Function<T, String> cursor) {
		List<Edge<T>> edges = new ArrayList<>();
		for (T node : fetched.subList(0, Math.min(size, fetched.size()))) {
			edges.add(new Edge<>(node, cursor.apply(node)));
		}
		return new Connection<>(edges,
				new PageInfo(fetched.size() > size, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
				total);
	}

	@SchemaMapping(typeName = "Entity")
	CompletableFuture<List<Evidence>> mentions(Entity entity, @Argument Integer first,
			DataLoader<MentionsKey, List<Evidence>> entityMentions) {
		return entityMentions.load(new MentionsKey(entity.id(), this.arguments.first("first", first, 10)));
	}

	@BatchMapping(typeName = "Entity")
	Map<Entity, List<Entity>> locatedIn(List<Entity> entities) {
		return byEntity(entities, "entity-located-in", Nodes::entities);
	}

	@BatchMapping(typeName = "Entity")
	Map<Entity, List<Entity>> operatedBy(List<Entity> entities) {
		return byEntity(entities, "entity-operated-by", Nodes::entities);
	}

	@BatchMapping(typeName = "Entity")
	Map<Entity, List<Object>> supports(List<Entity> entities) {
		return byEntity(entities, "entity-supports", v -> v.asList(Nodes::node));
	}

	private <T> Map<Entity, List<T>> byEntity(List<Entity> entities, String statement,
			Function<Value, List<T>> mapper) {
		Map<String, List<T>> byId = new HashMap<>();
		List<String> ids = entities.stream().map(Entity::id).distinct().toList();
		for (Record r : this.reads.read(statement, Map.of("ids", ids))) {
			byId.put(r.get("id").asString(), mapper.apply(r.get(1)));
		}
		Map<Entity, List<T>> result = new LinkedHashMap<>();
		entities.forEach(e -> result.put(e, byId.getOrDefault(e.id(), List.of())));
		return result;
	}

	private Map<MentionsKey, List<Evidence>> mentions(Set<MentionsKey> keys) {
		List<Map<String, Object>> params = keys.stream()
			.map(k -> Map.<String, Object>of("id", k.id(), "first", k.first()))
			.toList();
		Map<MentionsKey, List<Evidence>> result = new HashMap<>();
		keys.forEach(k -> result.put(k, List.of()));
		for (Record r : this.reads.read("entity-mentions", Map.of("keys", params))) {
			result.put(new MentionsKey(r.get("id").asString(), r.get("first").asInt()),
					Nodes.evidenceList(r.get("mentions")));
		}
		return result;
	}

}
