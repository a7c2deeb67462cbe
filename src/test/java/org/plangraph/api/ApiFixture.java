package org.plangraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * A small graph in the shape of DESIGN.md, written with parameterised Cypher: two documents of a district, a topic
 * ladder 类脑芯片 → 人工智能芯片 → 人工智能, platforms serving topics, a goal and tasks (and a BeiDou platform serving
 * something else), agencies responsible for tasks and reporting up to the city government, targets, mentions.
 */
final class ApiFixture {

	static final String PLAN = "doc:fx_plan";

	static final String SCHEME = "doc:fx_scheme";

	static final String AI_CHIP_TASK = PLAN + "/t/三.(一).1";

	static final String BEIDOU_TASK = PLAN + "/t/三.(二).2";

	static final String BRAIN_TASK = SCHEME + "/t/1";

	static final String UNSTAFFED_TASK = SCHEME + "/t/2";

	static final String AI_CHIP_GOAL = PLAN + "/g/1";

	static final String PLAN_TEXT = """
			上海市杨浦区科技创新“十四五”规划
			三、主要任务
			（一）人工智能
			1. 推进人工智能芯片研发。依托复旦大学等高校，推进类脑芯片与片上智能系统研发与转化平台建设，由区科委牵头，区发展改革委配合。
			（二）北斗导航
			2. 完善北斗产业链。加快北斗高精度位置服务平台建设，区商务委负责。
			到2025年，全社会研发经费投入占GDP比重达到4.5%以上，人工智能芯片研发能力显著提升。
			""";

	private final List<Map<String, Object>> nodes = new ArrayList<>();

	private final List<Map<String, Object>> relationships = new ArrayList<>();

	private ApiFixture() {
	}

	static void create(Driver driver) {
		try (Session session = driver.session()) {
			if (session.run("MATCH (d:Document {id: $id}) RETURN count(d) AS n", Map.of("id", PLAN))
				.single()
				.get("n")
				.asLong() > 0) {
				return;
			}
			ApiFixture f = new ApiFixture().build();
			session.executeWriteWithoutResult(tx -> {
				tx.run("""
						UNWIND $nodes AS row
						CREATE (n:$(row.labels)) SET n = row.props
						""", Map.of("nodes", f.nodes)).consume();
				tx.run("""
						UNWIND $rels AS row
						MATCH (a {id: row.from}), (b {id: row.to})
						CREATE (a)-[r:$(row.type)]->(b) SET r = row.props
						""", Map.of("rels", f.relationships)).consume();
			});
			session.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume();
		}
	}

	private ApiFixture build() {
		node(List.of("Document"), PLAN, "title", "上海市杨浦区科技创新“十四五”规划", "docNumber", "杨府发〔2021〕9号", "kind",
				"PLAN", "issuedOn", "2021-08-01", "period", "2021-2025", "sourceFile", "fx_plan.txt", "text", PLAN_TEXT);
		node(List.of("Document"), SCHEME, "title", "杨浦区促进类脑智能产业发展行动方案", "kind", "SCHEME", "issuedOn",
				"2023-03-15", "period", "2023-2025", "sourceFile", "fx_scheme.txt", "text", "类脑智能产业发展行动方案");
		section(PLAN, "三", "主要任务", null, 0);
		section(PLAN, "三.(一).1", "推进人工智能芯片研发",
				"推进人工智能芯片研发。依托复旦大学等高校，推进类脑芯片与片上智能系统研发与转化平台建设。", 2);

		agency("上海市人民政府", "Shanghai Municipal People's Government");
		agency("上海市杨浦区人民政府", "Yangpu District People's Government", "杨浦区政府", "区政府");
		agency("杨浦区科学技术委员会", null, "区科委");
		agency("杨浦区发展和改革委员会", null, "区发展改革委");
		agency("杨浦区商务委员会", null, "区商务委");
		actor("Platform", "PLATFORM", "platform:类脑芯片与片上智能系统研发与转化平台", "类脑芯片与片上智能系统研发与转化平台",
				"Brain-inspired Chip and On-chip Intelligent System R&D and Transfer Platform");
		actor("Platform", "PLATFORM", "platform:上海人工智能芯片测试验证平台", "上海人工智能芯片测试验证平台", null);
		actor("Platform", "PLATFORM", "platform:人工智能芯片设计服务平台", "人工智能芯片设计服务平台", null);
		actor("Platform", "PLATFORM", "platform:北斗高精度位置服务平台", "北斗高精度位置服务平台",
				"BeiDou High-precision Location Service Platform");
		actor("Platform", "PLATFORM", "platform:上海市大数据创新基地", "上海市大数据创新基地", null);
		actor("University", "UNIVERSITY", "university:复旦大学", "复旦大学", "Fudan University");
		actor("Zone", "ZONE", "zone:大创智功能区", "大创智功能区", null);

		topic("人工智能", "artificial intelligence");
		topic("人工智能芯片", "AI chips");
		topic("类脑芯片", "brain-inspired chips", "类脑芯片技术");
		topic("北斗导航", "BeiDou navigation", "北斗", "北斗卫星导航");
		rel("BROADER", "topic:类脑芯片", "topic:人工智能芯片");
		rel("BROADER", "topic:人工智能芯片", "topic:人工智能");

		node(List.of("Goal"), AI_CHIP_GOAL, "doc", PLAN, "text", "到2025年，人工智能芯片研发能力显著提升", "horizonYear", 2025,
				"quote", "人工智能芯片研发能力显著提升", "start", 180, "end", 194);
		task(AI_CHIP_TASK, PLAN, "三.(一).1", "推进人工智能芯片研发", "推进人工智能芯片研发。依托复旦大学等高校，推进类脑芯片与片上智能系统研发与转化平台建设。", 40);
		task(BEIDOU_TASK, PLAN, "三.(二).2", "完善北斗产业链", "完善北斗产业链。加快北斗高精度位置服务平台建设。", 120);
		task(BRAIN_TASK, SCHEME, "1", "建设类脑智能产业集聚区", "建设类脑智能产业集聚区，提升类脑芯片研发转化能力。", 10);
		task(UNSTAFFED_TASK, SCHEME, "2", "培育类脑智能企业", "培育类脑智能企业。", 60);
		target(PLAN + "/m/1", PLAN, "全社会研发经费投入占GDP比重", 4.5, "%", ">=", 2025, "TARGET", 150);
		target(PLAN + "/m/2", PLAN, "全社会研发经费投入占GDP比重", 3.8, "%", "=", 2020, "BASELINE", 140);
		target(SCHEME + "/m/1", SCHEME, "类脑智能企业数量", 50.0, "家", ">=", 2025, "TARGET", 30);

		rel("ISSUED_BY", PLAN, "agency:上海市杨浦区人民政府", "doc", PLAN, "quote", "杨府发〔2021〕9号", "start", 0, "end", 10);
		rel("ISSUED_BY", SCHEME, "agency:上海市杨浦区人民政府", "doc", SCHEME, "quote", "杨浦区人民政府", "start", 0, "end", 7);
		rel("ISSUED_BY", SCHEME, "agency:杨浦区科学技术委员会", "doc", SCHEME, "quote", "区科委", "start", 8, "end", 11);
		rel("PART_OF", PLAN + "/s/三.(一).1", PLAN + "/s/三");
		rel("PART_OF", PLAN + "/s/三", PLAN);
		rel("PART_OF", AI_CHIP_TASK, PLAN + "/s/三.(一).1");
		rel("ABOUT", AI_CHIP_GOAL, "topic:人工智能芯片", "doc", PLAN, "quote", "人工智能芯片研发能力显著提升", "start", 180, "end",
				194);
		rel("MEASURES", PLAN + "/m/1", AI_CHIP_GOAL);
		rel("ADVANCES", AI_CHIP_TASK, "topic:人工智能芯片", "doc", PLAN, "quote", "推进人工智能芯片研发", "start", 40, "end",
				50);
		rel("ADVANCES", BEIDOU_TASK, "topic:北斗导航", "doc", PLAN, "quote", "完善北斗产业链", "start", 120, "end", 127);
		rel("ADVANCES", BRAIN_TASK, "topic:类脑芯片", "doc", SCHEME, "quote", "提升类脑芯片研发转化能力", "start", 25, "end", 37);

		// Direct support of the narrowest topic, support of a task advancing the asked topic, support of the goal.
		rel("SUPPORTS", "platform:类脑芯片与片上智能系统研发与转化平台", "topic:类脑芯片", "doc", PLAN, "quote",
				"推进类脑芯片与片上智能系统研发与转化平台建设", "start", 62, "end", 84);
		rel("SUPPORTS", "platform:类脑芯片与片上智能系统研发与转化平台", BRAIN_TASK, "doc", SCHEME, "quote",
				"依托类脑芯片与片上智能系统研发与转化平台建设类脑智能产业集聚区", "start", 10, "end", 40);
		rel("SUPPORTS", "platform:人工智能芯片设计服务平台", AI_CHIP_TASK, "doc", PLAN, "quote", "人工智能芯片设计服务平台支撑芯片研发",
				"start", 86, "end", 103);
		rel("SUPPORTS", "platform:上海人工智能芯片测试验证平台", AI_CHIP_GOAL, "doc", PLAN, "quote", "依托上海人工智能芯片测试验证平台",
				"start", 195, "end", 210);
		rel("SUPPORTS", "platform:北斗高精度位置服务平台", "topic:北斗导航", "doc", PLAN, "quote", "加快北斗高精度位置服务平台建设",
				"start", 128, "end", 143);
		rel("SUPPORTS", "platform:北斗高精度位置服务平台", BEIDOU_TASK, "doc", PLAN, "quote", "加快北斗高精度位置服务平台建设",
				"start", 128, "end", 143);
		// Named in a task about AI chips, but for AI algorithms: not serving AI chips.
		rel("SUPPORTS", "platform:上海市大数据创新基地", AI_CHIP_TASK, "doc", PLAN, "quote",
				"推进上海市大数据创新基地提升能级，为人工智能算法的研究提供平台支撑", "start", 104, "end", 137);
		// One sentence naming both platforms: BeiDou supports a brain-like-chip task without serving that topic.
		rel("SUPPORTS", "platform:北斗高精度位置服务平台", BRAIN_TASK, "doc", SCHEME, "quote",
				"依托类脑芯片与片上智能系统研发与转化平台、北斗高精度位置服务平台等功能型平台", "start", 10, "end", 48);
		rel("SUPPORTS", "university:复旦大学", "topic:类脑芯片", "doc", PLAN, "quote", "依托复旦大学等高校", "start", 51, "end", 60);
		rel("OPERATES", "university:复旦大学", "platform:类脑芯片与片上智能系统研发与转化平台", "doc", PLAN, "quote",
				"依托复旦大学等高校，推进类脑芯片与片上智能系统研发与转化平台建设", "start", 51, "end", 84);
		rel("LOCATED_IN", "platform:类脑芯片与片上智能系统研发与转化平台", "zone:大创智功能区", "doc", SCHEME, "quote", "大创智功能区",
				"start", 41, "end", 47);
		rel("MENTIONS", AI_CHIP_TASK, "platform:类脑芯片与片上智能系统研发与转化平台", "doc", PLAN, "quote",
				"推进类脑芯片与片上智能系统研发与转化平台建设", "start", 62, "end", 84);
		rel("MENTIONS", BRAIN_TASK, "platform:类脑芯片与片上智能系统研发与转化平台", "doc", SCHEME, "quote",
				"依托类脑芯片与片上智能系统研发与转化平台", "start", 10, "end", 30);
		rel("MENTIONS", BEIDOU_TASK, "platform:北斗高精度位置服务平台", "doc", PLAN, "quote", "加快北斗高精度位置服务平台建设", "start",
				128, "end", 143);

		rel("RESPONSIBLE_FOR", "agency:杨浦区科学技术委员会", AI_CHIP_TASK, "role", "LEAD", "doc", PLAN, "quote", "由区科委牵头",
				"start", 85, "end", 91);
		rel("RESPONSIBLE_FOR", "agency:杨浦区发展和改革委员会", AI_CHIP_TASK, "role", "CO_LEAD", "doc", PLAN, "quote", "区发展改革委配合",
				"start", 92, "end", 100);
		rel("RESPONSIBLE_FOR", "agency:杨浦区商务委员会", BEIDOU_TASK, "role", "HANDLER", "doc", PLAN, "quote", "区商务委负责",
				"start", 144, "end", 150);
		// The hierarchy: curated (no document states it) except the district-to-city link.
		rel("REPORTS_TO", "agency:杨浦区科学技术委员会", "agency:上海市杨浦区人民政府", "method", "vocabulary");
		rel("REPORTS_TO", "agency:杨浦区发展和改革委员会", "agency:上海市杨浦区人民政府", "method", "vocabulary");
		rel("REPORTS_TO", "agency:杨浦区商务委员会", "agency:上海市杨浦区人民政府", "method", "vocabulary");
		rel("REPORTS_TO", "agency:上海市杨浦区人民政府", "agency:上海市人民政府", "doc", SCHEME, "quote", "在市政府领导下", "start",
				50, "end", 57);
		return this;
	}

	private void agency(String name, String nameEn, String... aliases) {
		actor("Agency", "AGENCY", "agency:" + name, name, nameEn, aliases);
	}

	private void actor(String label, String kind, String id, String name, String nameEn, String... aliases) {
		node(List.of("Entity", label), id, "kind", kind, "name", name, "nameEn", nameEn, "aliases", List.of(aliases),
				"aliasText", String.join(" ", aliases));
	}

	private void topic(String name, String nameEn, String... aliases) {
		node(List.of("Topic"), "topic:" + name, "name", name, "nameEn", nameEn, "aliases", List.of(aliases),
				"aliasText", String.join(" ", aliases));
	}

	private void section(String doc, String code, String heading, String text, int ordinal) {
		node(List.of("Section"), doc + "/s/" + code, "doc", doc, "code", code, "heading", heading, "text", text,
				"ordinal", ordinal);
	}

	private void task(String id, String doc, String code, String title, String text, int start) {
		node(List.of("Task"), id, "doc", doc, "code", code, "title", title, "text", text, "quote", text, "start",
				start, "end", start + text.length());
	}

	private void target(String id, String doc, String metric, double value, String unit, String comparator, int year,
			String kind, int start) {
		String text = metric + comparator + value + unit;
		node(List.of("Target"), id, "doc", doc, "metric", metric, "value", value, "unit", unit, "comparator",
				comparator, "year", year, "kind", kind, "text", text, "quote", text, "start", start, "end",
				start + 20);
	}

	private void node(List<String> labels, String id, Object... props) {
		Map<String, Object> p = map(props);
		p.put("id", id);
		this.nodes.add(Map.of("labels", labels, "props", p));
	}

	private void rel(String type, String from, String to, Object... props) {
		this.relationships.add(Map.of("type", type, "from", from, "to", to, "props", map(props)));
	}

	private static Map<String, Object> map(Object... keyValues) {
		Map<String, Object> m = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			if (keyValues[i + 1] != null) {
				m.put((String) keyValues[i], keyValues[i + 1]);
			}
		}
		return m;
	}

}
