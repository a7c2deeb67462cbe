package org.plangraph.api;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parsed and validated GraphQL documents by query text. Apps send the same few queries with different variables;
 * graphql-java would otherwise parse and validate each request anew, which under load cost about a fifth of the
 * request threads' time (BENCHMARKS.md). Validation depends on the document and the schema only (variables are
 * coerced later, the depth and complexity limits run at execution), so an entry, errors included, holds for every
 * later request with the same text. Bounded in count and in the length of the texts it keeps, so that a flood of
 * distinct or huge queries costs a parse each, as before, and no memory.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

	private static final int MAX_ENTRIES = 1000;

	private static final int MAX_QUERY_LENGTH = 20_000;

	private final Cache<Key, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
		.maximumSize(MAX_ENTRIES)
		.build();

	/** Error messages are localised, so the locale is part of the key. */
	private record Key(String query, Locale locale) {
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		if (query == null || query.length() > MAX_QUERY_LENGTH) {
			return CompletableFuture.completedFuture(parseAndValidate.apply(input));
		}
		return CompletableFuture.completedFuture(
				this.documents.get(new Key(query, input.getLocale()), key -> parseAndValidate.apply(input)));
	}

}
