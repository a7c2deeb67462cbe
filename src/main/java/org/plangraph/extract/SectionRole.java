package org.plangraph.extract;

/**
 * What a part of a plan is for, as its heading says (vocabulary {@code section-roles.csv}): it decides whether
 * numbered items are tasks, whether aims are goals, and whether figures are set or reported.
 */
enum SectionRole {

	/** Aims: goals and targets (总体目标, 发展目标 ...). */
	GOAL,
	/** Numbered items are tasks (主要任务, 重点工作 ...). */
	TASK,
	/** Numbered items are tasks, but the part does not mark the plan's main task list (保障措施 ...). */
	SAFEGUARD,
	/** What has been achieved: figures are baselines (发展基础, 工作回顾 ...). */
	BACKGROUND,
	/** Guidance, positioning, layout: neither goals nor tasks (指导思想, 空间布局 ...). */
	CONTEXT,
	/** An annex: everything after it is neither goal nor task (附件, 名词解释). */
	ANNEX;

	boolean holdsTasks() {
		return this == TASK || this == SAFEGUARD;
	}

}
