package org.plangraph.extract;

import java.util.List;

/**
 * The plan's own structure: its goals, quantified targets and numbered tasks, with the relations among them
 * ({@code PART_OF}, {@code MEASURES}). Actors and topics are found afterwards, against this structure.
 */
public record PlanStructure(List<Goal> goals, List<Target> targets, List<Task> tasks, List<Relation> relations) {

	public static PlanStructure empty() {
		return new PlanStructure(List.of(), List.of(), List.of(), List.of());
	}

}
