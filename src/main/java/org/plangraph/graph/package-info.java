/**
 * The graph store: starts embedded Neo4j (Community, in-process, Bolt on loopback) unless an external server is named
 * by {@code NEO4J_URI} or {@code spring.neo4j.uri}, and in both cases hands the rest of the application the same
 * Neo4j Java driver and {@link org.plangraph.graph.GraphTransactions}, which runs the API's reads and each document's
 * load in process on the embedded database (over Bolt to an external one) and answers driver records either way.
 * Applies the versioned schema migrations from {@code cypher/migrations} at start-up and writes the neo4j-admin
 * import CSV export.
 */
package org.plangraph.graph;
