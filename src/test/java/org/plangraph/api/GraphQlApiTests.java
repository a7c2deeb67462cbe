package org.plangraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/** Every query of the contract over HTTP against the fixture graph, with exact answers. */
@FixtureGraphTest
class GraphQlApiTests extends ApiFixtureSupport {

	private static final String BRAIN_PLATFORM = "platform:类脑芯片与片上智能系统研发与转化平台";

	private static final String DESIGN_PLATFORM = "platform:人工智能芯片设计服务平台";

	private static final String SERVICES = """
			query($goal: String!) {
			  platformsServing(goal: $goal) {
			    platform { id name kind }
			    via { id __typename }
			    evidence { quote start end document { id title } }
			  }
			}""";

	@Test
	void documentsInFileOrderWithTheirIssuers() {
		this.graphQl.document("{ documents { id title docNumber kind issuedOn period sourceFile issuers { id kind } } }")
			.execute()
			.path("documents[*].id").entityList(String.class).containsExactly(ApiFixture.PLAN, ApiFixture.SCHEME)
			.path("documents[0].docNumber").entity(String.class).isEqualTo("杨府发〔2021〕9号")
			.path("documents[0].period").entity(String.class).isEqualTo("2021-2025")
			.path("documents[1].kind").entity(String.class).isEqualTo("SCHEME")
			.path("documents[1].issuers[*].id").entityList(String.class)
			.containsExactly("agency:上海市杨浦区人民政府", "agency:杨浦区科学技术委员会")
			.path("documents[1].issuers[0].kind").entity(String.class).isEqualTo("AGENCY");
	}

	@Test
	void documentAndNodeByIdAreNullWhenUnknown() {
		this.graphQl.document("{ document(id: \"doc:fx_plan\") { title } missing: document(id: \"doc:none\") { title } "
				+ "node(id: \"doc:none/t/1\") { id } }")
			.execute()
			.path("document.title").entity(String.class).isEqualTo("上海市杨浦区科技创新“十四五”规划")
			.path("missing").valueIsNull()
			.path("node").valueIsNull();
	}

	@Test
	void nodeResolvesEveryTypeOfTheModel() {
		this.graphQl.document("""
				{
				  topic: node(id: "topic:类脑芯片") { __typename ... on Topic { name nameEn broader { name broader { name } } } }
				  up: node(id: "topic:人工智能") { ... on Topic { narrower { name } } }
				  task: node(id: "doc:fx_plan/t/三.(一).1") { __typename ... on Task { code title document { id } } }
				  goal: node(id: "doc:fx_plan/g/1") { __typename ... on Goal { horizonYear document { id } } }
				  target: node(id: "doc:fx_plan/m/1") { __typename ... on Target { value unit year kind evidence { quote } } }
				  section: node(id: "doc:fx_plan/s/三") { __typename ... on Section { heading document { id } } }
				  doc: node(id: "doc:fx_scheme") { __typename }
				}""")
			.execute()
			.path("topic.__typename").entity(String.class).isEqualTo("Topic")
			.path("topic.nameEn").entity(String.class).isEqualTo("brain-inspired chips")
			.path("topic.broader[*].name").entityList(String.class).containsExactly("人工智能芯片")
			.path("topic.broader[0].broader[*].name").entityList(String.class).containsExactly("人工智能")
			.path("up.narrower[*].name").entityList(String.class).containsExactly("人工智能芯片")
			.path("task.__typename").entity(String.class).isEqualTo("Task")
			.path("task.code").entity(String.class).isEqualTo("三.(一).1")
			.path("task.document.id").entity(String.class).isEqualTo(ApiFixture.PLAN)
			.path("goal.horizonYear").entity(Integer.class).isEqualTo(2025)
			.path("target.__typename").entity(String.class).isEqualTo("Target")
			.path("target.value").entity(Double.class).isEqualTo(4.5)
			.path("target.kind").entity(String.class).isEqualTo("TARGET")
			.path("section.heading").entity(String.class).isEqualTo("主要任务")
			.path("doc.__typename").entity(String.class).isEqualTo("Document");
	}

	@Test
	void entityWithItsNestedFields() {
		this.graphQl.document("""
				{ node(id: "platform:类脑芯片与片上智能系统研发与转化平台") { ... on Entity {
				    kind name nameEn aliases
				    locatedIn { id } operatedBy { id }
				    supports { id __typename }
				    mentions(first: 1) { quote start end document { id } }
				    all: mentions { quote }
				} } }""")
			.execute()
			.path("node.kind").entity(String.class).isEqualTo("PLATFORM")
			.path("node.locatedIn[*].id").entityList(String.class).containsExactly("zone:大创智功能区")
			.path("node.operatedBy[*].id").entityList(String.class).containsExactly("university:复旦大学")
			.path("node.supports[*].id").entityList(String.class).containsExactly(ApiFixture.BRAIN_TASK, "topic:类脑芯片")
			.path("node.supports[*].__typename").entityList(String.class).containsExactly("Task", "Topic")
			.path("node.mentions[*].quote").entityList(String.class).containsExactly("推进类脑芯片与片上智能系统研发与转化平台建设")
			.path("node.mentions[0].start").entity(Integer.class).isEqualTo(62)
			.path("node.mentions[0].document.id").entity(String.class).isEqualTo(ApiFixture.PLAN)
			.path("node.all").entityList(Object.class).hasSize(2);
	}

	@Test
	void brainLikeChipsServeTheirBroaderTopicsButBeiDouDoesNot() {
		for (String goal : List.of("人工智能芯片", "topic:人工智能芯片", "AI chips", "支持人工智能芯片研发的平台有哪些")) {
			this.graphQl.document(SERVICES)
				.variable("goal", goal)
				.execute()
				.path("platformsServing[*].platform.id").entityList(String.class)
				.containsExactly(DESIGN_PLATFORM, BRAIN_PLATFORM, BRAIN_PLATFORM)
				.path("platformsServing[*].via.id").entityList(String.class)
				.containsExactly(ApiFixture.AI_CHIP_TASK, ApiFixture.BRAIN_TASK, "topic:类脑芯片")
				.path("platformsServing[2].via.__typename").entity(String.class).isEqualTo("Topic")
				.path("platformsServing[2].evidence[*].quote").entityList(String.class)
				.containsExactly("推进类脑芯片与片上智能系统研发与转化平台建设")
				.path("platformsServing[2].evidence[0].document.id").entity(String.class).isEqualTo(ApiFixture.PLAN)
				.path("platformsServing[2].evidence[0].start").entity(Integer.class).isEqualTo(62);
		}
	}

	@Test
	void throughATaskOnlyWhenTheQuoteNamesTheTopicAsked() {
		// The big-data base is named in the AI-chip task for AI algorithms: it serves AI, not AI chips.
		this.graphQl.document(SERVICES).variable("goal", "人工智能").execute()
			.path("platformsServing[*].platform.id").entityList(String.class)
			.containsExactly("platform:上海市大数据创新基地", DESIGN_PLATFORM, BRAIN_PLATFORM, BRAIN_PLATFORM);
		this.graphQl.document(SERVICES).variable("goal", "人工智能芯片").execute()
			.path("platformsServing[*].platform.id").entityList(String.class)
			.doesNotContain("platform:上海市大数据创新基地");
	}

	@Test
	void narrowestTopicGoalAndOtherKinds() {
		this.graphQl.document(SERVICES).variable("goal", "类脑芯片").execute()
			.path("platformsServing[*].via.id").entityList(String.class)
			.containsExactly(ApiFixture.BRAIN_TASK, "topic:类脑芯片");
		this.graphQl.document(SERVICES).variable("goal", ApiFixture.AI_CHIP_GOAL).execute()
			.path("platformsServing[*].platform.id").entityList(String.class)
			.containsExactly("platform:上海人工智能芯片测试验证平台")
			.path("platformsServing[0].via.__typename").entity(String.class).isEqualTo("Goal");
		this.graphQl.document("{ platformsServing(goal: \"类脑芯片\", kinds: [UNIVERSITY]) { platform { id } via { id } } }")
			.execute()
			.path("platformsServing[*].platform.id").entityList(String.class).containsExactly("university:复旦大学");
		this.graphQl.document(SERVICES).variable("goal", "北斗导航").execute()
			.path("platformsServing[*].platform.id").entityList(String.class)
			.containsExactly("platform:北斗高精度位置服务平台", "platform:北斗高精度位置服务平台")
			.path("platformsServing[*].via.id").entityList(String.class)
			.containsExactly(ApiFixture.BEIDOU_TASK, "topic:北斗导航");
		// Asked by task id, the BeiDou platform does serve the brain-like-chip task it is named for.
		this.graphQl.document(SERVICES).variable("goal", ApiFixture.BRAIN_TASK).execute()
			.path("platformsServing[*].platform.id").entityList(String.class)
			.containsExactly("platform:北斗高精度位置服务平台", BRAIN_PLATFORM);
	}

	@Test
	void unknownGoalIsAnEmptyList() {
		for (String goal : List.of("量子计算", "topic:不存在", "doc:fx_plan/g/99", "!!!")) {
			this.graphQl.document(SERVICES).variable("goal", goal).execute()
				.errors().verify()
				.path("platformsServing").entityList(Object.class).hasSize(0);
		}
	}

	@Test
	void responsibilityChainClimbsToTheCityGovernment() {
		this.graphQl.document("""
				query($task: ID!) { responsibilityChain(task: $task) {
				  depth role agency { id name } below { id } evidence { quote start end document { id } } } }""")
			.variable("task", ApiFixture.AI_CHIP_TASK)
			.execute()
			.path("responsibilityChain[*].agency.id").entityList(String.class)
			.containsExactly("agency:杨浦区发展和改革委员会", "agency:杨浦区科学技术委员会", "agency:上海市杨浦区人民政府",
					"agency:上海市人民政府")
			.path("responsibilityChain[*].depth").entityList(Integer.class).containsExactly(0, 0, 1, 2)
			.path("responsibilityChain[*].role").entityList(String.class)
			.containsExactly("CO_LEAD", "LEAD", "SUPERIOR", "SUPERIOR")
			.path("responsibilityChain[1].evidence.quote").entity(String.class).isEqualTo("由区科委牵头")
			.path("responsibilityChain[1].evidence.document.id").entity(String.class).isEqualTo(ApiFixture.PLAN)
			.path("responsibilityChain[0].below").valueIsNull()
			.path("responsibilityChain[2].below.id").entity(String.class).isEqualTo("agency:杨浦区发展和改革委员会")
			.path("responsibilityChain[2].evidence").valueIsNull()
			.path("responsibilityChain[3].below.id").entity(String.class).isEqualTo("agency:上海市杨浦区人民政府")
			.path("responsibilityChain[3].evidence.quote").entity(String.class).isEqualTo("在市政府领导下");
	}

	@Test
	void responsibilityChainOfAnUnstaffedTaskIsEmptyAndOfAnUnknownTaskAnError() {
		this.graphQl.document("query($t: ID!) { responsibilityChain(task: $t) { depth } }")
			.variable("t", ApiFixture.UNSTAFFED_TASK)
			.execute()
			.path("responsibilityChain").entityList(Object.class).hasSize(0);
		this.graphQl.document("{ responsibilityChain(task: \"doc:none/t/1\") { depth } }")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).singleElement().satisfies(e -> {
					assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
					assertThat(e.getMessage()).isEqualTo("No task with id doc:none/t/1");
					assertThat(e.getPath()).isEqualTo("responsibilityChain");
				});
			});
	}

	@Test
	void taskResponsibleIsDepthZero() {
		this.graphQl.document("{ tasks(document: \"doc:fx_plan\") { totalCount edges { node { id responsible { role agency { id } } } } } }")
			.execute()
			.path("tasks.totalCount").entity(Integer.class).isEqualTo(2)
			.path("tasks.edges[0].node.responsible[*].role").entityList(String.class).containsExactly("CO_LEAD", "LEAD")
			.path("tasks.edges[1].node.responsible[*].agency.id").entityList(String.class)
			.containsExactly("agency:杨浦区商务委员会");
	}

	@Test
	void tasksPageThroughEveryTaskOnceInDocumentOrder() {
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		int pages = 0;
		while (more) {
			var response = this.graphQl.document("""
					query($after: String) { tasks(first: 3, after: $after) {
					  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }""")
				.variable("after", after)
				.execute();
			response.path("tasks.totalCount").entity(Integer.class).isEqualTo(4);
			seen.addAll(response.path("tasks.edges[*].node.id").entityList(String.class).get());
			more = response.path("tasks.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("tasks.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		assertThat(pages).isEqualTo(2);
		assertThat(seen).containsExactly(ApiFixture.AI_CHIP_TASK, ApiFixture.BEIDOU_TASK, ApiFixture.BRAIN_TASK,
				ApiFixture.UNSTAFFED_TASK);
	}

	@Test
	void entitiesPageThroughEveryActorExactlyOnce() {
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var response = this.graphQl.document("""
					query($after: String) { entities(first: 2, after: $after) {
					  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind } } } }""")
				.variable("after", after)
				.execute();
			response.path("entities.totalCount").entity(Integer.class).isEqualTo(12);
			List<String> ids = response.path("entities.edges[*].node.id").entityList(String.class).get();
			List<String> cursors = response.path("entities.edges[*].cursor").entityList(String.class).get();
			seen.addAll(ids);
			more = response.path("entities.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("entities.pageInfo.endCursor").entity(String.class).get();
			assertThat(after).isEqualTo(cursors.get(cursors.size() - 1)).doesNotContain("agency", "platform");
		}
		assertThat(seen).hasSize(12).doesNotHaveDuplicates().isSorted();
		assertThat(seen).startsWith("agency:上海市人民政府").contains("university:复旦大学", "zone:大创智功能区");
	}

	@Test
	void entitiesFilterByKindAndNameOrAlias() {
		this.graphQl.document("""
				{ platforms: entities(kind: PLATFORM) { totalCount }
				  beidou: entities(nameContains: "北斗") { edges { node { id } } }
				  alias: entities(nameContains: "区科委") { edges { node { id aliases } } }
				  english: entities(kind: UNIVERSITY, nameContains: "复旦") { totalCount }
				  none: entities(nameContains: "不存在的名字") { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }""")
			.execute()
			.path("platforms.totalCount").entity(Integer.class).isEqualTo(5)
			.path("beidou.edges[*].node.id").entityList(String.class).containsExactly("platform:北斗高精度位置服务平台")
			.path("alias.edges[*].node.id").entityList(String.class).containsExactly("agency:杨浦区科学技术委员会")
			.path("english.totalCount").entity(Integer.class).isEqualTo(1)
			.path("none.totalCount").entity(Integer.class).isEqualTo(0)
			.path("none.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
			.path("none.pageInfo.endCursor").valueIsNull();
	}

	@Test
	void targetsByDocumentAndYear() {
		this.graphQl.document("""
				{ all2025: targets(year: 2025) { id metric value unit comparator year kind document { id } }
				  plan: targets(document: "doc:fx_plan") { id kind evidence { quote document { id } } } }""")
			.execute()
			.path("all2025[*].id").entityList(String.class).containsExactly("doc:fx_plan/m/1", "doc:fx_scheme/m/1")
			.path("all2025[1].unit").entity(String.class).isEqualTo("家")
			.path("all2025[1].value").entity(Double.class).isEqualTo(50.0)
			.path("plan[*].kind").entityList(String.class).containsExactly("BASELINE", "TARGET")
			.path("plan[0].evidence.document.id").entity(String.class).isEqualTo(ApiFixture.PLAN);
	}

	@Test
	void searchFindsChineseSubstringsRankedWithSnippets() {
		var response = this.graphQl.document("{ search(text: \"类脑芯片\", first: 20) { score snippet node { id __typename } } }")
			.execute();
		List<String> ids = response.path("search[*].node.id").entityList(String.class).get();
		assertThat(ids).contains("topic:类脑芯片", BRAIN_PLATFORM, ApiFixture.AI_CHIP_TASK)
			.doesNotContain("platform:北斗高精度位置服务平台");
		List<Double> scores = response.path("search[*].score").entityList(Double.class).get();
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		int task = ids.indexOf(ApiFixture.AI_CHIP_TASK);
		response.path("search[" + task + "].snippet").entity(String.class).satisfies(s -> assertThat(s).contains("类脑芯片"));
		this.graphQl.document("{ search(text: \"脑\", first: 5) { node { id } } }")
			.execute()
			.path("search").entityList(Object.class).hasSizeGreaterThan(0);
		this.graphQl.document("{ search(text: \"北斗\", first: 1) { node { id } } }")
			.execute()
			.path("search").entityList(Object.class).hasSize(1);
	}

	@Test
	void argumentErrorsAreClassified() {
		Map<String, ErrorType> cases = Map.of(
				"{ tasks(after: \"not-a-cursor\") { totalCount } }", ErrorType.BAD_REQUEST,
				"{ tasks(first: 101) { totalCount } }", ErrorType.BAD_REQUEST,
				"{ entities(first: -1) { totalCount } }", ErrorType.BAD_REQUEST,
				"{ tasks(document: \"doc:none\") { totalCount } }", ErrorType.NOT_FOUND,
				"{ targets(document: \"doc:none\") { id } }", ErrorType.NOT_FOUND,
				"{ search(text: \"   \") { score } }", ErrorType.BAD_REQUEST,
				"{ node(id: \"\") { id } }", ErrorType.BAD_REQUEST);
		cases.forEach((query, type) -> this.graphQl.document(query).execute().errors().satisfy(errors -> assertThat(errors)
			.as(query)
			.singleElement()
			.satisfies(e -> assertThat(e.getErrorType()).isEqualTo(type))));
		String taskCursor = this.graphQl.document("{ tasks(first: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("tasks.pageInfo.endCursor")
			.entity(String.class)
			.get();
		this.graphQl.document("query($a: String) { entities(after: $a) { totalCount } }")
			.variable("a", taskCursor)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(e.getMessage()).contains("`after` is not a cursor of this list");
			}));
	}

}
