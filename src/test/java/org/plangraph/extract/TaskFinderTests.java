package org.plangraph.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskFinderTests {

	private static List<String> codes(PlanStructure structure) {
		return structure.tasks().stream().map(Task::code).toList();
	}

	@Test
	void numberedItemsUnderTaskAndSafeguardPartsAreTasksButTheirHeadingsAreNot() {
		String text = """
				临江区数字经济发展规划

				一、发展基础
				（一）产业规模稳步扩大
				全区数字经济规模达到300亿元。
				二、发展目标
				到2025年，数字经济核心产业增加值占比达到12%。
				三、重点任务
				（一）壮大数字产业。围绕软件和信息服务，培育骨干企业。
				1. 培育软件企业。支持企业做大做强。
				2. 建设算力中心：布局绿色数据中心。
				（二）推进产业数字化
				四、保障措施
				（一）加强组织领导。建立工作专班。
				（二）强化规划组织实施
				附件
				名词解释
				1. 算力：计算能力。
				""";
		PlanStructure structure = StructureTestPlans.extract("plan.txt", text);
		assertThat(codes(structure)).containsExactly("三.(一)", "三.(一).1", "三.(一).2", "三.(二)", "四.(一)", "四.(二)");
		assertThat(structure.tasks()).extracting(Task::title)
			.containsExactly("壮大数字产业", "培育软件企业", "建设算力中心", "推进产业数字化", "加强组织领导", "强化规划组织实施");
		Task first = structure.tasks().get(0);
		assertThat(first.id()).isEqualTo("doc:plan/t/三.(一)");
		assertThat(first.sectionCode()).isEqualTo("三.(一)");
		assertThat(first.evidence().quote()).isEqualTo("（一）壮大数字产业。围绕软件和信息服务，培育骨干企业。");
		assertThat(text.substring(first.evidence().start(), first.evidence().end())).isEqualTo(first.evidence().quote());
	}

	@Test
	void anUnnumberedCueLineMakesTheListAfterItTasksUpToTheNextHeadingLine() {
		String text = """
				5.2 各区创新发展

				东湖区：打造创新策源地

				发展目标：到2020年，基本建成创新型城区。

				重点工作：

				1. 建设科学城。
				2. 完善孵化体系。

				东湖区空间布局

				1. 北部片区重点发展软件产业。
				""";
		PlanStructure structure = StructureTestPlans.extract("report.txt", text);
		assertThat(codes(structure)).containsExactly("5.2.1", "5.2.2");
	}

	@Test
	void aSchemeWithoutATaskHeadingHasItsTopLevelSectionsAsTasks() {
		String text = """
				关于印发《青山市优化营商环境实施方案》的通知

				青山市优化营商环境实施方案

				一、总体要求
				（一）指导思想。坚持问题导向。
				（二）工作目标。到2024年，营商环境明显改善。
				二、降低准入成本
				（一）实施准入负面清单。（市发展改革委负责）
				（二）便利市场主体登记。
				三、规范涉企收费
				（一）规范行政事业性收费。
				四、保障措施
				（一）加强组织领导。
				""";
		PlanStructure structure = StructureTestPlans.extract("scheme.txt", text);
		assertThat(codes(structure)).containsExactly("二", "二.(一)", "二.(二)", "三", "三.(一)", "四.(一)");
	}

	@Test
	void everyNumberedReplyOfAReplyLetterIsATask() {
		String text = """
				关于市人大代表第12号建议的答复

				王明代表：

				您提出的关于发展低空经济的建议收悉，现答复如下：

				一、关于建设低空飞行服务站的建议
				我局已会同市交通局开展选址。
				二、关于培育无人机企业的建议
				下一步将加大扶持力度。
				""";
		PlanStructure structure = StructureTestPlans.extract("reply.txt", text);
		assertThat(structure.tasks()).extracting(Task::code, Task::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("一", "关于建设低空飞行服务站的建议"),
					org.assertj.core.groups.Tuple.tuple("二", "关于培育无人机企业的建议"));
	}

	@Test
	void aWorkReportsTasksFollowItsYearsWorkPlanLineNotItsReview() {
		String text = """
				各位代表：

				2023年工作回顾

				（一）经济运行稳中向好。全年地区生产总值增长6%。

				2024年工作安排建议

				（一）扩大有效需求。全年新开工项目200个。
				（二）推进科技创新。
				""";
		PlanStructure structure = StructureTestPlans.extract("report.txt", text);
		assertThat(codes(structure)).containsExactly("(一)~2", "(二)");
	}

}
