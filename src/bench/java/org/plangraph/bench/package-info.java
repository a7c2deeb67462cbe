/**
 * The benchmark runner behind BENCHMARKS.md, compiled and run only in the {@code bench} Maven profile
 * ({@code ./mvnw -Pbench verify}): ingest against LOAD CSV and neo4j-admin import side by side, start-up of
 * {@code serve}, and the headline queries under concurrent clients against hand-written Cypher and
 * {@code @neo4j/graphql}. The corpus generator it uses lives with the tests (src/test/java), where it is tested.
 */
package org.plangraph.bench;
