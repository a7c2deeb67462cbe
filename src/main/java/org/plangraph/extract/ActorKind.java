package org.plangraph.extract;

/** The five kinds of actor; each is a graph label, and every actor is also an {@code Entity}. */
public enum ActorKind {

	PLATFORM("Platform"), UNIVERSITY("University"), FIRM("Firm"), ZONE("Zone"), AGENCY("Agency");

	private final String label;

	private final String idPrefix;

	ActorKind(String label) {
		this.label = label;
		this.idPrefix = name().toLowerCase(java.util.Locale.ROOT) + ":";
	}

	public String label() {
		return this.label;
	}

	/** Id of the actor with this canonical name: same name, same node, across all documents. */
	public String idFor(String canonicalName) {
		return this.idPrefix.concat(canonicalName);
	}

}
