/**
 * The GraphQL API (Spring for GraphQL, schema-first, {@code src/main/resources/graphql/}): controllers per feature
 * that read the graph through the Neo4j Java driver ({@link org.plangraph.api.GraphReads}) with the parameterised
 * Cypher files beside them ({@code org/plangraph/api/*.cypher}), nested fields batched per level, limits on depth,
 * complexity, page size and time, and token-guarded mutations that reuse the loader. Never depends on
 * {@code extract}.
 */
package org.plangraph.api;
