package org.plangraph.api;

import java.util.Locale;

/** The GraphQL enum of actor kinds; each is also the graph label of its actors. */
enum EntityKind {

	PLATFORM("Platform"), UNIVERSITY("University"), FIRM("Firm"), ZONE("Zone"), AGENCY("Agency");

	private final String label;

	EntityKind(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	/** The kind of an actor node from its labels, else from its {@code kind} property. */
	static EntityKind of(java.util.Collection<String> labels, String kindProperty) {
		for (EntityKind kind : values()) {
			if (labels.contains(kind.label)) {
				return kind;
			}
		}
		return kindProperty == null ? null : valueOf(kindProperty.toUpperCase(Locale.ROOT));
	}

}
