package org.plangraph.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Nested fields are fetched per level for the whole batch (DataLoader), not once per parent: no N+1. */
@FixtureGraphTest
class BatchedQueriesTests extends ApiFixtureSupport {

	private static final String NESTED = """
			query($first: Int) { tasks(first: $first) { edges { node {
			  id
			  document { title issuers { name } }
			  responsible { role agency { name locatedIn { name } } evidence { quote document { title } } }
			} } } }""";

	@Test
	void aNestedRequestRunsOneCypherStatementPerLevelWhateverThePageSize() {
		int one = statementsFor(1);
		int all = statementsFor(4);
		// tasks-page, documents-by-id (tasks' and quotes' documents, cached per request), task-responsible,
		// document-issuers, entity-located-in.
		assertThat(all).isEqualTo(5);
		assertThat(one).isLessThanOrEqualTo(all);
	}

	@Test
	void entityFieldsAreBatchedAcrossAPage() {
		CypherQueryCounter.reset();
		this.graphQl.document("""
				{ entities(first: 11) { edges { node { id locatedIn { id } operatedBy { id } supports { id }
				  mentions(first: 2) { quote document { id } } } } } }""")
			.execute()
			.path("entities.edges").entityList(Object.class).hasSize(11);
		// entities-page, located-in, operated-by, supports, mentions; `document { id }` is answered from the id the
		// quote holds, without documents-by-id
		assertThat(CypherQueryCounter.count()).isEqualTo(5);
	}

	@Test
	void aDocumentAskedForMoreThanItsIdIsReadInOneBatch() {
		CypherQueryCounter.reset();
		this.graphQl.document("""
				{ entities(first: 11) { edges { node { id mentions(first: 2) { quote document { id title } } } } } }""")
			.execute()
			.path("entities.edges[*].node.mentions[*].document.title")
			.entityList(String.class)
			.satisfies(titles -> assertThat(titles).isNotEmpty().doesNotContainNull());
		// entities-page, mentions, documents-by-id
		assertThat(CypherQueryCounter.count()).isEqualTo(3);
	}

	private int statementsFor(int first) {
		CypherQueryCounter.reset();
		this.graphQl.document(NESTED)
			.variable("first", first)
			.execute()
			.path("tasks.edges")
			.entityList(Object.class)
			.hasSize(first);
		return CypherQueryCounter.count();
	}

}
