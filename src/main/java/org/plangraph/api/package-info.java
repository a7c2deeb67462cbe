/**
 * The GraphQL API (Spring for GraphQL, schema-first, {@code src/main/resources/graphql/}). Reads the graph with
 * parameterised Cypher through {@code Neo4jClient}; never depends on {@code extract}.
 */
package org.plangraph.api;
