/**
 * Extraction: pure functions from a parsed plan ({@link org.plangraph.document.PlanDocument}) to the facts of the
 * graph model: goals, quantified targets, tasks, actors (platforms, universities, firms, zones, agencies), topics and
 * the relations between them, each with its evidence (quoted sentence, character offsets, method). Vocabularies
 * (gazetteer, topics, agency hierarchy, suffix lists) are data files under {@code import/vocabulary/} that analysts
 * edit without recompiling. No Neo4j, no Spring: ArchUnit keeps it so.
 */
package org.plangraph.extract;
