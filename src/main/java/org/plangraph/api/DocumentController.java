package org.plangraph.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class DocumentController {

	private static final String DOCUMENT_FIELDS = """
			RETURN d {.id, .title, .docNumber, .kind, .issuedOn, .period, .sourceFile} AS d
			""";

	private final Neo4jClient neo4j;

	DocumentController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	Collection<Map<String, Object>> documents() {
		return this.neo4j.query("MATCH (d:Document) " + DOCUMENT_FIELDS + " ORDER BY d.sourceFile")
			.fetchAs(mapType())
			.mappedBy((types, record) -> record.get("d").asMap())
			.all();
	}

	@QueryMapping
	Optional<Map<String, Object>> document(@Argument String id) {
		return this.neo4j.query("MATCH (d:Document {id: $id}) " + DOCUMENT_FIELDS)
			.bind(id)
			.to("id")
			.fetchAs(mapType())
			.mappedBy((types, record) -> record.get("d").asMap())
			.one();
	}

	@SuppressWarnings("unchecked")
	private static Class<Map<String, Object>> mapType() {
		return (Class<Map<String, Object>>) (Class<?>) Map.class;
	}

}
