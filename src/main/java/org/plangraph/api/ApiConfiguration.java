package org.plangraph.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;

/** Limits (depth, complexity), the parsed-document cache, and how failures become GraphQL errors. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ApiConfiguration.class);

	/**
	 * Depth and complexity (see {@link QueryLimits}): one per field, a paginated field costs its children times
	 * {@code first}, so page sizes multiply.
	 */
	@Bean
	Instrumentation queryLimits(ApiProperties properties) {
		FieldComplexityCalculator perField = (env, childComplexity) -> {
			Object first = env.getArguments().get("first");
			long n = first instanceof Number number ? Math.max(1L, number.longValue()) : 1L;
			return (int) Math.min(Integer.MAX_VALUE, 1L + (long) childComplexity * n);
		};
		return new QueryLimits(properties.maxDepth(), properties.maxComplexity(), perField);
	}

	/** Each distinct query text is parsed and validated once (see {@link ParsedDocumentCache}). */
	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCache() {
		ParsedDocumentCache cache = new ParsedDocumentCache();
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

	@Bean
	DataFetcherExceptionResolver apiExceptions() {
		return new DataFetcherExceptionResolverAdapter() {
			@Override
			protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
				if (ex instanceof ApiException api) {
					return error(env, api.type(), api.getMessage());
				}
				if (ex instanceof Neo4jException neo4j && neo4j.code() != null
						&& neo4j.code().contains("TransactionTimedOut")) {
					log.warn("GraphQL query timed out at {}", env.getExecutionStepInfo().getPath());
					return GraphqlErrorBuilder.newError(env)
						.errorType(PlangraphErrorType.TIMEOUT)
						.message("The query took longer than the server allows (plangraph.graphql.query-timeout)")
						.build();
				}
				if (ex instanceof TransientException transientFailure) {
					// Still failing after the retries: under load, most often the memory all open transactions may
					// hold together (dbms.memory.transaction.total.max) taken by other large answers.
					log.warn("GraphQL read failed after retries at {}: {}", env.getExecutionStepInfo().getPath(),
							transientFailure.getMessage());
					String code = transientFailure.code() == null ? "" : transientFailure.code();
					return GraphqlErrorBuilder.newError(env)
						.errorType(PlangraphErrorType.BUSY)
						.message(code.contains("MemoryPoolOutOfMemory")
								? "The graph had no memory left for this answer while answering others; try again, or ask for less"
								: "The graph was busy (" + code + "); try again")
						.build();
				}
				if (ex instanceof ServiceUnavailableException) {
					log.warn("Graph unavailable", ex);
					return error(env, ErrorType.INTERNAL_ERROR, "The graph database is unavailable; try again later");
				}
				return null;
			}
		};
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
	}

	/** Classifications beyond Spring's {@link ErrorType}. */
	enum PlangraphErrorType implements graphql.ErrorClassification {

		/** The read ran past {@code plangraph.graphql.query-timeout}. */
		TIMEOUT,

		/** The graph could not answer now (a transient failure that outlasted the retries); the same request may work later. */
		BUSY

	}

}
