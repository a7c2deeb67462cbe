package org.plangraph.document;

/** What sort of document a plan file is; decided from its title and opening. */
public enum DocumentKind {

	/** 规划, 纲要: multi-year plans. */
	PLAN,
	/** 方案, 行动计划, 实施意见, 措施, 办法, 要点: action and implementation schemes. */
	SCHEME,
	/** 答复, 复函: replies to deputies' or members' proposals. */
	REPLY,
	/** 工作报告 and other reports. */
	REPORT,
	/** Anything else. */
	OTHER

}
