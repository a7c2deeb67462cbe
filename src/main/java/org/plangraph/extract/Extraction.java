package org.plangraph.extract;

import java.util.List;

/**
 * Everything extraction found in one document. Ids of goals, targets and tasks start with the document id; actors
 * and topics are shared by all documents that name them.
 */
public record Extraction(List<Actor> actors, List<Topic> topics, List<Goal> goals, List<Target> targets,
		List<Task> tasks, List<Relation> relations) {

	public static Extraction empty() {
		return new Extraction(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

}
