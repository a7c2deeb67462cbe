package org.plangraph.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class GoalFinderTests {

	private static final String PLAN = """
			关于印发《松湖区数字经济发展“十四五”规划》的通知

			松湖区人民政府
			2021年9月1日

			松湖区数字经济发展“十四五”规划

			到2025年，基本建成长三角数字经济创新高地。

			一、发展基础
			到2020年，全区已建成5G基站3000个。
			二、发展目标
			（一）“十四五”发展目标
			数字产业能级显著提升。以软件和信息服务为引领，数字经济核心产业规模持续扩大，核心产业增加值达到500亿元，培育一批具有全国影响力、行业领先，在细分领域拥有话语权的龙头企业。
			（二）二〇三五年远景目标
			展望2035年，在“十四五”发展的基础上，数字经济综合实力大幅跃升，建成具有国际影响力的数字经济强区。
			三、主要任务
			（一）到2025年，建成10个数字化车间。
			""";

	private static PlanStructure structure() {
		return StructureTestPlans.extract("songhu-digital.txt", PLAN);
	}

	@Test
	void aimClausesOfGoalSectionsWithTheirYears() {
		assertThat(structure().goals()).extracting(Goal::text, Goal::horizonYear)
			.containsExactly(tuple("基本建成长三角数字经济创新高地", 2025), tuple("数字产业能级显著提升", 2025),
					tuple("数字经济核心产业规模持续扩大", 2025),
					tuple("培育一批具有全国影响力、行业领先，在细分领域拥有话语权的龙头企业", 2025),
					tuple("数字经济综合实力大幅跃升", 2035), tuple("建成具有国际影响力的数字经济强区", 2035));
	}

	@Test
	void goalsQuoteTheDocumentAndSitInTheirSection() {
		Goal goal = structure().goals().get(1);
		assertThat(PLAN.substring(goal.evidence().start(), goal.evidence().end())).isEqualTo(goal.text());
		assertThat(goal.sectionCode()).isEqualTo("二.(一)");
		assertThat(goal.id()).isEqualTo("doc:songhu-digital/g/2");
		assertThat(structure().goals().get(0).sectionCode()).as("a preamble statement").isNull();
	}

	@Test
	void aTargetInAGoalSectionMeasuresTheGoalBeforeIt() {
		PlanStructure structure = structure();
		Target output = structure.targets().stream().filter(t -> t.value() == 500).findFirst().orElseThrow();
		Goal scale = structure.goals().get(2);
		assertThat(output.goalId()).isEqualTo(scale.id());
		assertThat(structure.relations()).extracting(Relation::type, Relation::fromId, Relation::toId)
			.containsExactly(tuple(RelationType.MEASURES, output.id(), scale.id()));
		List<Target> others = structure.targets().stream().filter(t -> t.value() != 500).toList();
		assertThat(others).allSatisfy(t -> assertThat(t.goalId()).isNull());
	}

	@Test
	void replyLettersHaveNoGoals() {
		String reply = """
				关于市人大代表第8号建议的答复

				李华代表：

				您提出的建议收悉，现答复如下：

				一、关于建设数据中心的建议
				到2025年，全市将基本建成算力网络。
				""";
		assertThat(StructureTestPlans.extract("reply.txt", reply).goals()).isEmpty();
	}

}
