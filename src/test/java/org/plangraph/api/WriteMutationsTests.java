package org.plangraph.api;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** With a write token configured: mutations load and delete documents, and only with the token. */
@FixtureGraphTest
class WriteMutationsTests extends ApiFixtureSupport {

	private static final String LOAD = """
			mutation($name: String!, $text: String!) {
			  loadDocument(name: $name, text: $text) { file status documentId detail nodes }
			}""";

	private static final String PLAN = """
			杨浦区测试行动方案

			一、主要任务
			（一）推进类脑芯片研发。依托复旦大学建设类脑芯片研发平台。
			""";

	@Test
	void loadThenDeleteWithTheToken() {
		HttpGraphQlTester writer = this.graphQl.mutate()
			.header("Authorization", "Bearer " + FixtureGraphTest.WRITE_TOKEN)
			.build();
		writer.document(LOAD)
			.variables(Map.of("name", "mutation-test.txt", "text", PLAN))
			.execute()
			.path("loadDocument.status").entity(String.class).isEqualTo("NEW")
			.path("loadDocument.documentId").entity(String.class).isEqualTo("doc:mutation-test");
		assertThat(documents("doc:mutation-test")).isEqualTo(1);
		writer.document(LOAD)
			.variables(Map.of("name", "mutation-test.txt", "text", PLAN))
			.execute()
			.path("loadDocument.status").entity(String.class).isEqualTo("UNCHANGED");
		this.graphQl.document("{ document(id: \"doc:mutation-test\") { title kind } }")
			.execute()
			.path("document.title").entity(String.class).isEqualTo("杨浦区测试行动方案");
		writer.document("mutation { deleteDocument(id: \"doc:mutation-test\") }")
			.execute()
			.path("deleteDocument").entity(Boolean.class).isEqualTo(true);
		writer.document("mutation { deleteDocument(id: \"doc:mutation-test\") }")
			.execute()
			.path("deleteDocument").entity(Boolean.class).isEqualTo(false);
		assertThat(documents("doc:mutation-test")).isZero();
	}

	@Test
	void withoutOrWithAWrongTokenNothingChanges() {
		for (String header : new String[] { null, "Bearer wrong", FixtureGraphTest.WRITE_TOKEN,
				"Basic " + FixtureGraphTest.WRITE_TOKEN }) {
			HttpGraphQlTester client = header == null ? this.graphQl
					: this.graphQl.mutate().header("Authorization", header).build();
			client.document(LOAD)
				.variables(Map.of("name", "intruder.txt", "text", PLAN))
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
			client.document("mutation { deleteDocument(id: \"doc:fx_plan\") }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED)));
		}
		assertThat(documents("doc:intruder")).isZero();
		assertThat(documents(ApiFixture.PLAN)).isOne();
	}

	@Test
	void pathsAsNamesAreRefused() {
		this.graphQl.mutate()
			.header("Authorization", "Bearer " + FixtureGraphTest.WRITE_TOKEN)
			.build()
			.document(LOAD)
			.variables(Map.of("name", "../../etc/passwd", "text", PLAN))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
	}

	private long documents(String id) {
		try (Session session = this.driver.session()) {
			return session.run("MATCH (d:Document {id: $id}) RETURN count(d) AS n", Map.of("id", id))
				.single()
				.get("n")
				.asLong();
		}
	}

}
