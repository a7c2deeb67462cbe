/**
 * The graph store: starts embedded Neo4j (Community, in-process, Bolt on loopback) unless an external server is named
 * by {@code NEO4J_URI} or {@code spring.neo4j.uri}, and in both cases hands the rest of the application the same
 * Neo4j Java driver. Applies the versioned schema migrations from {@code cypher/migrations} at start-up and writes
 * the neo4j-admin import CSV export.
 */
package org.plangraph.graph;
