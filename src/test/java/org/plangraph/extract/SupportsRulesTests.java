package org.plangraph.extract;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.plangraph.document.PlanParser;
import org.plangraph.document.PlanText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * SUPPORTS from lists of actors and from task texts, on sentences in the plans' style with names no gazetteer holds:
 * what a list relies on or serves decides the fields it supports, and a task is supported only by what it builds,
 * strengthens or relies on.
 */
class SupportsRulesTests {

	private static Extraction extract(String text) {
		return new DefaultPlanExtractor(VocabularyFiles.defaults())
			.extract(new PlanParser().parse(new PlanText("supports.txt", text, "0", "UTF-8")));
	}

	private static Map<String, String> supportsByName(Extraction extraction) {
		Map<String, String> names = extraction.actors()
			.stream()
			.collect(Collectors.toMap(Actor::id, Actor::name, (a, b) -> a));
		return extraction.relations()
			.stream()
			.filter(r -> r.type() == RelationType.SUPPORTS && r.toId().startsWith("topic:"))
			.collect(Collectors.toMap(r -> names.get(r.fromId()) + ">" + r.toId(), r -> r.evidence().method(),
					(a, b) -> a));
	}

	@Test
	void aReliedOnListServesTheFieldsAfterItAndOnlyItsMembersDo() {
		Extraction extraction = extract("""
				青川区科技创新行动方案
				依托青川理工大学、青川精密仪器研究院等高校院所，推进区块链技术攻关。
				青川云数科技有限公司营收突破百亿元，建设白鹭区块链创新中心。
				""");
		Map<String, String> supports = supportsByName(extraction);
		assertThat(supports).containsEntry("青川理工大学>topic:区块链", "relied-on")
			.containsEntry("青川精密仪器研究院>topic:区块链", "relied-on");
		// named in the sentence, but neither relied on nor said to serve the field
		assertThat(supports).doesNotContainKey("青川云数科技有限公司>topic:区块链");
	}

	@Test
	void aListThatRepresentsOrServesAFieldSupportsIt() {
		Extraction extraction = extract("""
				青川区数字经济发展规划
				形成以青川云数科技有限公司、青川星图科技有限公司为代表的人工智能产业集群。
				青川精密仪器研究院服务集成电路企业研发。
				""");
		Map<String, String> supports = supportsByName(extraction);
		assertThat(supports).containsEntry("青川云数科技有限公司>topic:人工智能", "represents")
			.containsEntry("青川星图科技有限公司>topic:人工智能", "represents")
			.containsEntry("青川精密仪器研究院>topic:集成电路", "serves");
	}

	@Test
	void whatASentenceBuildsServesTheFieldsItFirstFocusesOn() {
		Extraction extraction = extract("""
				青川区数字经济发展规划
				聚焦区块链、集成电路，加快建设青川精密仪器研究院和青川智谷孵化器。
				""");
		Map<String, String> supports = supportsByName(extraction);
		assertThat(supports).containsEntry("青川精密仪器研究院>topic:区块链", "focus-build")
			.containsEntry("青川智谷孵化器>topic:集成电路", "focus-build");
	}

	@Test
	void aTaskIsSupportedByWhatItBuildsNotByWhatItOnlyNames() {
		Extraction extraction = extract("""
				青川区科技创新行动方案
				一、重点任务
				（一）培育创新主体。推进青川精密仪器研究院建设。青川云数科技有限公司营收突破百亿元。
				（二）建设创新平台。发挥青川理工大学作用。
				""");
		Map<String, String> names = extraction.actors()
			.stream()
			.collect(Collectors.toMap(Actor::id, Actor::name, (a, b) -> a));
		Map<String, String> codes = extraction.tasks().stream().collect(Collectors.toMap(Task::id, Task::code));
		assertThat(extraction.relations()).filteredOn(r -> r.type() == RelationType.SUPPORTS && codes.containsKey(r.toId()))
			.extracting(r -> names.get(r.fromId()), r -> codes.get(r.toId()))
			.containsExactlyInAnyOrder(tuple("青川精密仪器研究院", "一.(一)"), tuple("青川理工大学", "一.(二)"));
		assertThat(extraction.relations()).filteredOn(r -> r.type() == RelationType.MENTIONS)
			.extracting(r -> names.get(r.toId()))
			.contains("青川云数科技有限公司");
	}

}
