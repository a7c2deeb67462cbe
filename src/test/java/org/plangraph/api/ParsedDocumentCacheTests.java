package org.plangraph.api;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedDocumentCacheTests {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser().parse("type Query { echo(text: String!): String }"),
			RuntimeWiring.newRuntimeWiring()
				.type("Query", t -> t.dataFetcher("echo", env -> env.<String>getArgument("text")))
				.build());

	private final AtomicInteger parses = new AtomicInteger();

	private final ParsedDocumentCache cache = new ParsedDocumentCache();

	private final GraphQL graphQl = GraphQL.newGraphQL(SCHEMA)
		.preparsedDocumentProvider((input, parseAndValidate) -> this.cache.getDocumentAsync(input, i -> {
			this.parses.incrementAndGet();
			return parseAndValidate.apply(i);
		}))
		.build();

	@Test
	void theSameTextIsParsedOnceAndAnswersEachRequestWithItsOwnVariables() {
		String query = "query($t: String!) { echo(text: $t) }";
		assertThat(run(query, Map.of("t", "a")).<Map<String, Object>>getData()).containsEntry("echo", "a");
		assertThat(run(query, Map.of("t", "b")).<Map<String, Object>>getData()).containsEntry("echo", "b");
		assertThat(this.parses).hasValue(1);
	}

	@Test
	void anInvalidDocumentStaysInvalid() {
		String query = "{ nothing }";
		assertThat(run(query, Map.of()).getErrors()).singleElement()
			.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("ValidationError"));
		assertThat(run(query, Map.of()).getErrors()).hasSize(1);
		assertThat(this.parses).hasValue(1);
	}

	@Test
	void theLimitsStillApplyWhenTheDocumentComesFromTheCache() {
		GraphQL limited = GraphQL.newGraphQL(SCHEMA)
			.preparsedDocumentProvider(this.cache)
			.instrumentation(new graphql.execution.instrumentation.ChainedInstrumentation(
					new graphql.analysis.MaxQueryComplexityInstrumentation(2),
					new graphql.analysis.MaxQueryDepthInstrumentation(1)))
			.build();
		String flood = "{ a: echo(text: \"a\") b: echo(text: \"b\") c: echo(text: \"c\") }";
		for (int i = 0; i < 2; i++) {
			assertThat(limited.execute(flood).getErrors()).singleElement()
				.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("ExecutionAborted"));
		}
	}

	@Test
	void hugeTextsAreNotKept() {
		String query = "{ echo(text: \"" + "x".repeat(25_000) + "\") }";
		run(query, Map.of());
		run(query, Map.of());
		assertThat(this.parses).hasValue(2);
	}

	private ExecutionResult run(String query, Map<String, Object> variables) {
		return this.graphQl.execute(ExecutionInput.newExecutionInput(query).variables(variables).locale(Locale.ROOT));
	}

}
