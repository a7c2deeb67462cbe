package org.plangraph.api;

import java.util.List;
import java.util.Map;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Abuse of the GraphQL endpoint (issue 9, item 4): each attempt gets a clear, classified error or a safe answer, never
 * a 500, a stack trace or a change to the graph.
 */
@FixtureGraphTest
class GraphQlLimitsTests extends ApiFixtureSupport {

	/** Cypher, Lucene and JSON syntax that must be taken as plain text wherever a string goes in. */
	static final List<String> HOSTILE = List.of("\"", "\\", "~", "*", "?", "AND", "a AND b OR NOT c", "类脑~2",
			"title:*", "[a TO z]", "(", "\"unterminated", "\\\\\"", "') RETURN 1 //", "' OR 1=1 --",
			"x}) MATCH (n) DETACH DELETE n //", "$id", "{id: 1}", "\u0000\u0001", "\uD83D\uDE00芯片", "/regex/",
			"%00", "<script>alert(1)</script>", "+-&&||!^");

	@Test
	void deepNestingIsRejectedBeforeAnyQueryRuns() {
		String deep = "{ node(id: \"topic:类脑芯片\") { ... on Topic { " + "broader { ".repeat(20) + "id"
				+ " }".repeat(20) + " } } }";
		CypherQueryCounter.reset();
		Map<String, Object> body = post(Map.of("query", deep));
		assertClassifiedError(body, "ExecutionAborted");
		assertThat(body.toString()).contains("depth");
		assertThat(CypherQueryCounter.count()).isZero();
	}

	@Test
	void aliasFloodsAndHugePagesExceedTheComplexityLimit() {
		StringBuilder flood = new StringBuilder("{");
		for (int i = 0; i < 500; i++) {
			flood.append(" a").append(i).append(": entities(first: 100) { edges { node { id name } } }");
		}
		flood.append(" }");
		CypherQueryCounter.reset();
		assertClassifiedError(post(Map.of("query", flood.toString())), "ExecutionAborted");
		assertClassifiedError(post(Map.of("query",
				"{ entities(first: 2147483647) { edges { node { mentions(first: 2147483647) { quote } } } } }")),
				"ExecutionAborted");
		assertThat(CypherQueryCounter.count()).isZero();
		assertClassifiedError(post(Map.of("query", "{ entities(first: 1000) { totalCount } }")), "BAD_REQUEST");
		StringBuilder manyDocs = new StringBuilder("{");
		for (int i = 0; i < 3000; i++) {
			manyDocs.append(" d").append(i).append(": documents { id }");
		}
		assertThat(post(Map.of("query", manyDocs.append(" }").toString())).get("errors")).isNotNull();
	}

	@Test
	void longStringsAreRefused() {
		String longText = "类脑芯片".repeat(1000);
		for (String query : List.of("query($s: String!) { search(text: $s) { score } }",
				"query($s: String!) { platformsServing(goal: $s) { via { id } } }",
				"query($s: String!) { entities(nameContains: $s) { totalCount } }",
				"query($s: ID!) { node(id: $s) { id } }")) {
			assertClassifiedError(post(Map.of("query", query, "variables", Map.of("s", longText))), "BAD_REQUEST");
		}
	}

	@Test
	void hostileStringsInEveryArgumentAreTakenLiterally() {
		long before = nodeCount();
		List<String> queries = List.of("query($s: String!) { search(text: $s) { score node { id } } }",
				"query($s: String!) { platformsServing(goal: $s) { via { id } } }",
				"query($s: String!) { entities(nameContains: $s) { totalCount } }",
				"query($s: String!) { entities(after: $s) { totalCount } }",
				"query($s: String!) { tasks(after: $s) { totalCount } }",
				"query($s: ID!) { node(id: $s) { id } }", "query($s: ID!) { document(id: $s) { id } }",
				"query($s: ID!) { responsibilityChain(task: $s) { depth } }",
				"query($s: ID!) { tasks(document: $s) { totalCount } }",
				"query($s: ID!) { targets(document: $s) { id } }");
		for (String query : queries) {
			for (String hostile : HOSTILE) {
				Map<String, Object> body = post(Map.of("query", query, "variables", Map.of("s", hostile)));
				assertThat(body.toString()).as(query + " with " + hostile)
					.doesNotContain("INTERNAL_ERROR")
					.doesNotContain("Exception")
					.doesNotContain("at org.");
				if (body.get("errors") instanceof List<?> errors) {
					for (Object error : errors) {
						assertThat(classification(error)).as(query + " with " + hostile)
							.isIn("BAD_REQUEST", "NOT_FOUND");
					}
				}
			}
		}
		assertThat(nodeCount()).isEqualTo(before);
		// Query syntax is searched for as text: a quoted phrase, a wildcard, a fuzzy term find nothing extra.
		assertThat(post(Map.of("query", "{ search(text: \"*\") { score } }"))).containsEntry("data",
				Map.of("search", List.of()));
	}

	@Test
	void introspectionWorksForToolsButCannotBeAbused() {
		Map<String, Object> body = post(Map.of("query", IntrospectionQuery.INTROSPECTION_QUERY));
		assertThat(body).doesNotContainKey("errors");
		assertThat(body.toString()).contains("platformsServing", "ResponsibilityLink");
		String nested = "{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }";
		Map<String, Object> abusive = post(Map.of("query", nested));
		assertThat(abusive.get("errors")).isNotNull();
		assertThat(abusive.toString()).doesNotContain("at graphql.");
	}

	@Test
	void malformedRequestsGetAClientErrorWithoutStackTrace() {
		for (String raw : List.of("{not json", "[{\"query\":\"{ documents { id } }\"},{\"query\":\"{ documents { id } }\"}]",
				"{\"query\": 42}", "{}", "{\"query\": \"{ documents { id } }\", \"variables\": [1]}")) {
			this.http.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(raw)
				.exchange()
				.expectBody(String.class)
				.consumeWith(result -> {
					int status = result.getStatus().value();
					String b = String.valueOf(result.getResponseBody());
					assertThat(status).as(raw).isBetween(200, 499);
					if (status == 200) {
						assertThat(b).as(raw).contains("\"errors\"");
					}
					assertThat(b).as(raw).doesNotContain("at org.", "Exception");
				});
		}
		Map<String, Object> syntax = post(Map.of("query", "{ documents { id "));
		assertClassifiedError(syntax, "InvalidSyntax");
		Map<String, Object> unknownField = post(Map.of("query", "{ passwords }"));
		assertClassifiedError(unknownField, "ValidationError");
	}

	@Test
	void readOnlyIsTheDefaultMutationsNeedTheToken() {
		Map<String, Object> body = post(Map.of("query", "mutation { deleteDocument(id: \"doc:fx_plan\") }"));
		assertClassifiedError(body, "UNAUTHORIZED");
		assertThat(nodeCount()).isPositive();
	}

	private long nodeCount() {
		try (Session session = this.driver.session()) {
			return session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> post(Map<String, Object> request) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static String classification(Object error) {
		Map<String, Object> extensions = (Map<String, Object>) ((Map<String, Object>) error).get("extensions");
		return extensions == null ? null : String.valueOf(extensions.get("classification"));
	}

	private static void assertClassifiedError(Map<String, Object> body, String classification) {
		assertThat(body.get("errors")).as(body.toString()).isInstanceOf(List.class);
		List<?> errors = (List<?>) body.get("errors");
		assertThat(errors).isNotEmpty();
		assertThat(classification(errors.get(0))).as(body.toString()).isEqualTo(classification);
		assertThat(body.toString()).doesNotContain("at org.", "at graphql.");
	}

}
