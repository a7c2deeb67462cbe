package org.plangraph.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetFinderTests {

	private static final String PLAN = """
			关于印发《松湖区先进制造业发展“十四五”规划》的通知

			松湖区人民政府
			2021年9月1日

			松湖区先进制造业发展“十四五”规划

			一、发展基础
			“十三五”期间，全区工业总产值年均增长7.2%，2020年达到860亿元。截至2020年底，已集聚规上工业企业420家，较2015年（310家）明显增加。现有国家级专精特新企业12家。“十三五”期间，累计引进重大项目150个。
			二、发展目标
			（一）“十四五”发展目标
			先进制造业规模持续壮大。工业总产值突破1200亿元，培育百亿级企业3家以上，研发投入强度不低于3%。
			（二）二〇三五年远景目标
			全面建成先进制造强区，战略性新兴产业占比达到60%。
			三、主要任务
			（一）打造三大产业集群。围绕新材料、高端装备、生物医药三大领域，建设四个功能区。对年营业收入10亿元以上企业给予不超过200万元奖励。推进5G基站建设，落实《中国制造2025》，联系电话：0571-88886666。
			（二）推进重大项目。加快建设85个市级重大产业项目，新增上市企业6家。
			""";

	private static List<Target> targets() {
		return StructureTestPlans.extract("songhu.txt", PLAN).targets();
	}

	private static Target withValue(double value) {
		return targets().stream().filter(t -> t.value() == value).findFirst().orElseThrow();
	}

	@Test
	void figuresTheBackgroundReportsAreBaselinesDatedByTheirSentence() {
		Target output = withValue(860);
		assertThat(output.kind()).isEqualTo(TargetKind.BASELINE);
		assertThat(output.year()).isEqualTo(2020);
		assertThat(output.unit()).isEqualTo("亿元");
		assertThat(output.comparator()).isEqualTo(">=");
		Target growth = withValue(7.2);
		assertThat(growth.year()).as("average growth over the 十三五 period").isEqualTo(2020);
		assertThat(withValue(420).year()).isEqualTo(2020);
		assertThat(withValue(310).year()).isEqualTo(2015);
		assertThat(withValue(12).year()).as("an undated stock").isNull();
		assertThat(withValue(12).kind()).isEqualTo(TargetKind.BASELINE);
		assertThat(withValue(150).year()).as("a past period dates only average rates").isNull();
	}

	@Test
	void figuresInADatedGoalSectionAreTargetsForItsYear() {
		Target output = withValue(1200);
		assertThat(output.kind()).isEqualTo(TargetKind.TARGET);
		assertThat(output.year()).isEqualTo(2025);
		assertThat(output.comparator()).isEqualTo(">");
		assertThat(output.metric()).isEqualTo("工业总产值");
		assertThat(output.sectionCode()).isEqualTo("二.(一)");
		Target firms = withValue(3);
		assertThat(firms.unit()).isEqualTo("家");
		assertThat(firms.comparator()).isEqualTo(">");
		assertThat(withValue(60).year()).isEqualTo(2035);
	}

	@Test
	void undatedFiguresOfAnUndatedGoalSectionAreForThePlansLastYear() {
		String plan = """
				关于印发《河湾市数据要素发展三年行动方案（2024-2026年）》的通知

				河湾市数据要素发展三年行动方案（2024-2026年）

				一、主要目标
				数据要素市场体系基本建立，培育数据服务企业50家以上。
				""";
		Target firms = StructureTestPlans.extract("hewan.txt", plan).targets().get(0);
		assertThat(firms.year()).isEqualTo(2026);
		assertThat(firms.kind()).isEqualTo(TargetKind.TARGET);
	}

	@Test
	void policyParametersInTasksAreTargetsAndThresholdsQualifyingThemAreNot() {
		Target award = withValue(200);
		assertThat(award.kind()).isEqualTo(TargetKind.TARGET);
		assertThat(award.unit()).isEqualTo("万元");
		assertThat(award.comparator()).isEqualTo("<=");
		assertThat(targets()).noneMatch(t -> t.value() == 10);
	}

	@Test
	void yearsDatesListLabelsTitlesCodesAndPhoneNumbersAreNoTargets() {
		assertThat(targets()).extracting(Target::value)
			.containsExactlyInAnyOrder(7.2, 860.0, 420.0, 310.0, 12.0, 150.0, 1200.0, 3.0, 3.0, 60.0, 200.0, 85.0, 6.0);
	}

	@Test
	void evidenceQuotesTheClauseAtItsOffsets() {
		Target output = withValue(1200);
		assertThat(output.evidence().quote()).isEqualTo("工业总产值突破1200亿元");
		assertThat(PLAN.substring(output.evidence().start(), output.evidence().end()))
			.isEqualTo(output.evidence().quote());
	}

	@Test
	void anActionPlansGoalParagraphAndTaskParameters() {
		String plan = """
				关于印发《青羊区低空经济发展三年行动方案（2024—2026年）》的通知

				青羊区人民政府办公室
				2024年3月5日

				青羊区低空经济发展三年行动方案（2024—2026年）

				一、总体要求
				（一）行动目标。到2026年，低空经济产业规模突破150亿元，年均增长20%以上；引育企业80家以上，其中营业收入超亿元企业10家；低空飞行达到5万架次。2023年，全区低空经济产业规模为62亿元。
				二、重点任务
				（一）做强整机制造。对首次取证的企业给予最高500万元奖励，每年举办低空经济峰会1次。
				""";
		List<Target> found = StructureTestPlans.extract("qingyang.txt", plan).targets();
		assertThat(found).extracting(Target::value, Target::unit, Target::comparator, Target::year, Target::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(150.0, "亿元", ">", 2026, TargetKind.TARGET),
					org.assertj.core.groups.Tuple.tuple(20.0, "%", ">", 2026, TargetKind.TARGET),
					org.assertj.core.groups.Tuple.tuple(80.0, "家", ">", 2026, TargetKind.TARGET),
					org.assertj.core.groups.Tuple.tuple(10.0, "家", "=", 2026, TargetKind.TARGET),
					org.assertj.core.groups.Tuple.tuple(50000.0, "架次", ">=", 2026, TargetKind.TARGET),
					org.assertj.core.groups.Tuple.tuple(62.0, "亿元", "=", 2023, TargetKind.BASELINE),
					org.assertj.core.groups.Tuple.tuple(500.0, "万元", "<=", null, TargetKind.TARGET),
					org.assertj.core.groups.Tuple.tuple(1.0, "次", "=", null, TargetKind.TARGET));
		assertThat(found.get(1).metric()).isEqualTo("低空经济产业规模年均增长");
	}


	@Test
	void aMetricOfOnlyVerbsTakesWhatTheFigureCounts() {
		assertThat(withValue(85).metric()).isEqualTo("加快建设市级重大产业项目");
		assertThat(withValue(6).metric()).isEqualTo("新增上市企业");
	}

}
