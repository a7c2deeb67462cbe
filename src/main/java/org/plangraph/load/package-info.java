/**
 * Writing plans into Neo4j: each document in one transaction, with batched {@code UNWIND} writes; idempotent (an
 * unchanged file writes nothing, a changed file replaces exactly its own subgraph and the claims it made); actors and
 * topics shared by several documents are merged, and dropped only when no document names them any more.
 */
package org.plangraph.load;
