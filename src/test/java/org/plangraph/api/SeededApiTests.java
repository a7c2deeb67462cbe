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
