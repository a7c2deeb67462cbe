package org.plangraph.api;

import java.util.HashMap;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLCompositeType;

/**
 * The depth and complexity limits, checked before any field is fetched, in one walk over the operation. Same rules
 * and messages as graphql-java's MaxQueryDepthInstrumentation and MaxQueryComplexityInstrumentation, which walk the
 * operation once each and, being two, make graphql-java chain its per-field instrumentation calls: together about a
 * tenth of a small request's time on the request thread (BENCHMARKS.md). Introspection is exempt from the depth limit:
 * tools such as GraphiQL send a standard query deeper than any data query needs, and graphql-java's good-faith
 * introspection check already bounds what introspection may ask.
 */
final class QueryLimits extends SimplePerformantInstrumentation {

	private final int maxDepth;

	private final int maxComplexity;

	private final FieldComplexityCalculator perField;

	QueryLimits(int maxDepth, int maxComplexity, FieldComplexityCalculator perField) {
		this.maxDepth = maxDepth;
		this.maxComplexity = maxComplexity;
		this.perField = perField;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		QueryTraverser traverser = QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getExecutionInput().getOperationName())
			.coercedVariables(context.getCoercedVariables())
			.build();
		Map<QueryVisitorFieldEnvironment, Integer> childComplexity = new HashMap<>();
		int[] depthAndComplexity = new int[2];
		traverser.visitPostOrder(new QueryVisitorStub() {
			@Override
			public void visitField(QueryVisitorFieldEnvironment env) {
				int depth = 1;
				for (QueryVisitorFieldEnvironment p = env.getParentEnvironment(); p != null; p = p.getParentEnvironment()) {
					depth++;
				}
				depthAndComplexity[0] = Math.max(depthAndComplexity[0], depth);
				if (env.isTypeNameIntrospectionField()) {
					return;
				}
				int complexity = QueryLimits.this.perField.calculate(complexityEnvironment(env),
						childComplexity.getOrDefault(env, 0));
				QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
				if (parent == null) {
					depthAndComplexity[1] = saturatedAdd(depthAndComplexity[1], complexity);
				}
				else {
					childComplexity.merge(parent, complexity, QueryLimits::saturatedAdd);
				}
			}
		});
		if (depthAndComplexity[0] > this.maxDepth && !introspectionOnly(context.getOperationDefinition())) {
			throw new AbortExecutionException(
					"maximum query depth exceeded " + depthAndComplexity[0] + " > " + this.maxDepth);
		}
		if (depthAndComplexity[1] > this.maxComplexity) {
			throw new AbortExecutionException(
					"maximum query complexity exceeded " + depthAndComplexity[1] + " > " + this.maxComplexity);
		}
		return SimpleInstrumentationContext.noOp();
	}

	private static FieldComplexityEnvironment complexityEnvironment(QueryVisitorFieldEnvironment env) {
		return env == null ? null
				: new FieldComplexityEnvironment(env.getField(), env.getFieldDefinition(),
						(GraphQLCompositeType) env.getFieldsContainer(), env.getArguments(),
						complexityEnvironment(env.getParentEnvironment()));
	}

	private static int saturatedAdd(int a, int b) {
		return (int) Math.min(Integer.MAX_VALUE, (long) a + b);
	}

	private static boolean introspectionOnly(OperationDefinition operation) {
		return operation.getSelectionSet()
			.getSelections()
			.stream()
			.allMatch(s -> s instanceof Field field && field.getName().startsWith("__"));
	}

}
