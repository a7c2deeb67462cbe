/**
 * plangraph turns Chinese government plans into a Neo4j knowledge graph. The application is split by feature:
 * {@code document} reads plan files, {@code extract} finds goals, targets, tasks and actors in their text,
 * {@code load} writes them into Neo4j, {@code graph} owns the connection and schema, {@code api} answers GraphQL,
 * {@code audit} traces responsibility, {@code browser} serves Neo4j Browser and {@code cli} is the command line.
 */
package org.plangraph;
