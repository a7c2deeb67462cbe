package org.plangraph.extract;

import java.util.List;

/**
 * A platform, university, firm, zone or agency, under its canonical name.
 *
 * @param aliases other names it goes by (abbreviations, former names), the canonical name excluded
 */
public record Actor(ActorKind kind, String name, String nameEn, List<String> aliases) {

	public String id() {
		return this.kind.idFor(this.name);
	}

}
