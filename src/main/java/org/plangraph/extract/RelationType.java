package org.plangraph.extract;

/** The relationship types of the graph model that extraction derives; each carries evidence. */
public enum RelationType {

	/** Document to issuing Agency. */
	ISSUED_BY,
	/** Platform, University or Firm to the Goal, Topic or Task it serves. */
	SUPPORTS,
	/** Platform, University, Firm or Zone to the Zone it is in. */
	LOCATED_IN,
	/** University, Firm or Agency to the Platform it runs. */
	OPERATES,
	/** Agency to Task, with a role: LEAD, CO_LEAD, HANDLER or ACCOUNTABLE. */
	RESPONSIBLE_FOR,
	/** Agency to the Agency above it. */
	REPORTS_TO,
	/** Task to the Goal or Topic it advances. */
	ADVANCES,
	/** Goal to its Topic. */
	ABOUT,
	/** Target to the Goal it measures. */
	MEASURES,
	/** Section or Task to an Entity it names. */
	MENTIONS

}
