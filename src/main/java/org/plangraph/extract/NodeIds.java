package org.plangraph.extract;

/**
 * How node ids are made, and which label an id belongs to. Ids are deterministic: the same file gives the same
 * ids. A document's own nodes extend its id ({@code doc:<file>/s/<code>} for a section, {@code /t/} task,
 * {@code /g/} goal, {@code /m/} target); actors are {@code <kind>:<canonical name>} and topics
 * {@code topic:<name>}.
 */
public final class NodeIds {

	private NodeIds() {
	}

	public static String section(String documentId, String code) {
		return documentId + "/s/" + code;
	}

	public static String task(String documentId, String code) {
		return documentId + "/t/" + code;
	}

	public static String goal(String documentId, int ordinal) {
		return documentId + "/g/" + ordinal;
	}

	public static String target(String documentId, int ordinal) {
		return documentId + "/m/" + ordinal;
	}

	/** The labels {@link #label} can return: each has a uniqueness constraint on {@code id}. */
	public static final java.util.Set<String> LOOKUP_LABELS = java.util.Set.of("Document", "Section", "Task", "Goal",
			"Target", "Topic", "Entity");

	/** Returns the label if it is one of {@link #LOOKUP_LABELS}; guards statements that name a label. */
	public static String checkedLabel(String label) {
		if (!LOOKUP_LABELS.contains(label)) {
			throw new IllegalArgumentException("Not a lookup label: " + label);
		}
		return label;
	}

	/** The label to look a node up by: Document, Section, Task, Goal, Target, Topic or Entity. */
	public static String label(String id) {
		if (id.startsWith("topic:")) {
			return "Topic";
		}
		if (!id.startsWith("doc:")) {
			return "Entity";
		}
		int slash = id.indexOf('/');
		if (slash < 0) {
			return "Document";
		}
		if (slash + 2 < id.length() && id.charAt(slash + 2) == '/') {
			switch (id.charAt(slash + 1)) {
				case 's':
					return "Section";
				case 't':
					return "Task";
				case 'g':
					return "Goal";
				case 'm':
					return "Target";
				default:
					break;
			}
		}
		throw new IllegalArgumentException("Not a plangraph node id: " + id);
	}

}
