package org.plangraph.api;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plangraph.SeededGraphTest;
import org.plangraph.Seeds;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The headline questions on the five seed plans, over HTTP, as loaded by `serve`. */
@SeededGraphTest
class SeededApiTests {

	private static final String INDUSTRY_PLAN = "doc:" + Seeds.INDUSTRY_PLAN.replace(".txt", "");

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		this.graphQl = GraphQlTesting.graphQl(this.port);
	}

	@Test
	void readOnlyWithoutAWriteToken() {
		this.graphQl.document("mutation { deleteDocument(id: \"" + INDUSTRY_PLAN + "\") }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("ValidationError")));
		this.graphQl.document("{ __schema { mutationType { name } } }")
			.execute()
			.path("__schema.mutationType")
			.valueIsNull();
	}

	@Test
	void documentsOfTheSeedsWithTheirIssuers() {
		this.graphQl.document("{ documents { id docNumber issuers { name } } }")
			.execute()
			.path("documents").entityList(Object.class).hasSize(5)
			.path("documents[0].id").entity(String.class).isEqualTo(INDUSTRY_PLAN)
			.path("documents[0].docNumber").entity(String.class).isEqualTo("杨府发〔2021〕5号");
	}

	@Test
	void brainLikeChipPlatformServesAiChipsAndNoBeiDouPlatformDoes() {
		for (String goal : List.of("人工智能芯片", "类脑芯片", "brain-like chip", "topic:人工智能芯片", "支持类脑芯片研发的平台")) {
			List<String> platforms = this.graphQl
				.document("query($g: String!) { platformsServing(goal: $g) { platform { name } via { id } "
						+ "evidence { quote document { id } } } }")
				.variable("g", goal)
				.execute()
				.path("platformsServing[*].platform.name")
				.entityList(String.class)
				.get();
			assertThat(platforms).as(goal)
				.contains("类脑芯片与片上智能系统研发与转化平台")
				.noneMatch(name -> name.contains("北斗"));
		}
		this.graphQl.document("{ platformsServing(goal: \"类脑芯片\") { via { id } evidence { quote } } }")
			.execute()
			.path("platformsServing[0].via.id").entity(String.class).isEqualTo("topic:类脑芯片")
			.path("platformsServing[0].evidence[*].quote").entityList(String.class)
			.satisfies(quotes -> assertThat(quotes).isNotEmpty()
				.allSatisfy(q -> assertThat(q).contains("类脑芯片与片上智能系统研发与转化平台")));
		List<String> beidou = this.graphQl.document("{ platformsServing(goal: \"北斗\") { platform { name } } }")
			.execute()
			.path("platformsServing[*].platform.name")
			.entityList(String.class)
			.get();
		assertThat(beidou).contains("北斗高精度位置服务平台").doesNotContain("类脑芯片与片上智能系统研发与转化平台");
	}

	@Test
	void responsibilityChainOfAReplyTaskReachesTheDistrictGovernment() {
		String task = "doc:" + Seeds.DEPUTY_REPLY.replace(".txt", "") + "/t/一";
		this.graphQl.document("query($t: ID!) { responsibilityChain(task: $t) { depth role agency { name } below { name } "
				+ "evidence { quote } } }")
			.variable("t", task)
			.execute()
			.path("responsibilityChain[0].depth").entity(Integer.class).isEqualTo(0)
			.path("responsibilityChain[0].role").entity(String.class).isEqualTo("HANDLER")
			.path("responsibilityChain[0].agency.name").entity(String.class).isEqualTo("杨浦区科学技术委员会")
			.path("responsibilityChain[0].evidence.quote").entity(String.class).satisfies(q -> assertThat(q).contains("科学技术委员会"))
			.path("responsibilityChain[1].depth").entity(Integer.class).isEqualTo(1)
			.path("responsibilityChain[1].agency.name").entity(String.class).isEqualTo("上海市杨浦区人民政府")
			.path("responsibilityChain[1].below.name").entity(String.class).isEqualTo("杨浦区科学技术委员会");
		// A plan task without a named agency answers to the plan's issuer (ACCOUNTABLE).
		this.graphQl.document("query($t: ID!) { responsibilityChain(task: $t) { depth role agency { name } } }")
			.variable("t", INDUSTRY_PLAN + "/t/五.(一).1.(1)")
			.execute()
			.path("responsibilityChain[0].role").entity(String.class).isEqualTo("ACCOUNTABLE")
			.path("responsibilityChain[0].agency.name").entity(String.class).isEqualTo("上海市杨浦区人民政府");
	}

	@Test
	void searchFindsTheBrainLikeChipPlatformInTheSeeds() {
		List<String> snippets = this.graphQl.document("{ search(text: \"类脑芯片\", first: 10) { snippet node { id } } }")
			.execute()
			.path("search[*].snippet")
			.entityList(String.class)
			.get();
		assertThat(snippets).isNotEmpty().anySatisfy(s -> assertThat(s).contains("类脑芯片"));
	}

	@Test
	void everyTaskOfThePlanOnceAcrossPages() {
		int total = this.graphQl.document("query($d: ID) { tasks(document: $d, first: 0) { totalCount } }")
			.variable("d", INDUSTRY_PLAN)
			.execute()
			.path("tasks.totalCount")
			.entity(Integer.class)
			.get();
		java.util.Set<String> seen = new java.util.LinkedHashSet<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = this.graphQl.document("""
					query($d: ID, $after: String) { tasks(document: $d, first: 7, after: $after) {
					  pageInfo { hasNextPage endCursor } edges { node { id } } } }""")
				.variable("d", INDUSTRY_PLAN)
				.variable("after", after)
				.execute();
			List<String> ids = page.path("tasks.edges[*].node.id").entityList(String.class).get();
			ids.forEach(id -> assertThat(seen.add(id)).as("seen once: " + id).isTrue());
			more = page.path("tasks.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("tasks.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).hasSize(total);
	}

}
