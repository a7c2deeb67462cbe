package org.plangraph.extract;

import java.util.List;

/** The actors and topics a plan names and the relations that tie them to each other and to its structure. */
public record PlanLinks(List<Actor> actors, List<Topic> topics, List<Relation> relations) {

	public static PlanLinks empty() {
		return new PlanLinks(List.of(), List.of(), List.of());
	}

}
