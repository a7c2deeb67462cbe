package org.plangraph.api;

import java.util.List;

import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** QueryLimits answers as graphql-java's two limit instrumentations did, in one walk. */
class QueryLimitsTests {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser().parse("type Query { items(first: Int): [Item] } type Item { name: String items(first: Int): [Item] }"),
			RuntimeWiring.newRuntimeWiring().build());

	private static final FieldComplexityCalculator PER_FIELD = (env, child) -> {
		Object first = env.getArguments().get("first");
		return 1 + child * (first instanceof Integer n ? Math.max(1, n) : 1);
	};

	// items(3) { name items(2) { name __typename } }: inner 1 + 1 * 2 = 3, outer 1 + (1 + 3) * 3 = 13; depth 3
	private static final String QUERY = "query($n: Int) { items(first: $n) { name items(first: 2) { name __typename } } }";

	@Test
	void sameVerdictsAndMessagesAsGraphqlJava() {
		for (int[] limits : new int[][] { { 3, 13 }, { 3, 12 }, { 2, 13 }, { 1, 1 } }) {
			assertThat(errors(new QueryLimits(limits[0], limits[1], PER_FIELD))).as("limits %d, %d", limits[0], limits[1])
				.isEqualTo(errors(new ChainedInstrumentation(new MaxQueryDepthInstrumentation(limits[0]),
						new MaxQueryComplexityInstrumentation(limits[1], PER_FIELD))));
		}
		assertThat(errors(new QueryLimits(3, 12, PER_FIELD))).containsExactly("maximum query complexity exceeded 13 > 12");
		assertThat(errors(new QueryLimits(2, 13, PER_FIELD))).containsExactly("maximum query depth exceeded 3 > 2");
		assertThat(errors(new QueryLimits(3, 13, PER_FIELD))).isEmpty();
	}

	@Test
	void introspectionIsExemptFromTheDepthLimitOnly() {
		String introspection = "{ __schema { types { fields { type { ofType { name } } } } } }";
		assertThat(GraphQL.newGraphQL(SCHEMA).instrumentation(new QueryLimits(2, 1000, PER_FIELD)).build()
			.execute(introspection).getErrors()).isEmpty();
		assertThat(GraphQL.newGraphQL(SCHEMA).instrumentation(new QueryLimits(2, 3, PER_FIELD)).build()
			.execute(introspection).getErrors()).extracting(GraphQLError::getMessage)
			.singleElement().asString().startsWith("maximum query complexity exceeded");
	}

	private static List<String> errors(Instrumentation limits) {
		return GraphQL.newGraphQL(SCHEMA)
			.instrumentation(limits)
			.build()
			.execute(graphql.ExecutionInput.newExecutionInput(QUERY).variables(java.util.Map.of("n", 3)))
			.getErrors()
			.stream()
			.map(GraphQLError::getMessage)
			.toList();
	}

}
