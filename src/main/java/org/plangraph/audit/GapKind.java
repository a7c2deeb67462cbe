package org.plangraph.audit;

/** The accountability gaps an audit lists, each with the Cypher file that finds it (null: derived from the chains). */
public enum GapKind {

	TASK_WITHOUT_NAMED_AGENCY("Tasks with no named responsible agency (only inherited from the issuer)", null),
	TARGET_WITHOUT_TASK("Targets with no task that advances their goal", "gap-targets-without-task"),
	GOAL_WITHOUT_TARGET("Goals with no target", "gap-goals-without-target"),
	PLATFORM_WITHOUT_OPERATOR("Platforms named with no operator", "gap-platforms-without-operator"),
	ZONE_WITHOUT_ACTORS("Zones with no located actors", "gap-zones-without-actors"),
	AGENCY_WITHOUT_REPORTING_LINE("Agencies with tasks but no reporting line", "gap-agencies-without-reporting-line");

	private final String title;

	private final String query;

	GapKind(String title, String query) {
		this.title = title;
		this.query = query;
	}

	public String title() {
		return this.title;
	}

	String query() {
		return this.query;
	}

}
