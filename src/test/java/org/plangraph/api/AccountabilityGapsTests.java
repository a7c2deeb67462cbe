package org.plangraph.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plangraph.SeededGraphTest;
import org.plangraph.audit.AuditReport;
import org.plangraph.audit.Auditor;
import org.plangraph.audit.GapKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code accountabilityGaps} over real HTTP on the seeds: the same lists the audit command prints, every gap with its
 * node resolved and its sentence quoted from the document; an unknown document is a NOT_FOUND error.
 */
@SeededGraphTest
class AccountabilityGapsTests {

	private static final String QUERY = """
			query($doc: ID) {
			  accountabilityGaps(document: $doc) {
			    tasksWithoutNamedAgency { nodeId node { id } text reason sectionCode evidence { quote start end document { id } } }
			    targetsWithoutTask { nodeId node { id } reason evidence { quote document { id } } }
			    goalsWithoutTarget { nodeId node { id } reason evidence { quote document { id } } }
			    platformsWithoutOperator { nodeId node { id } reason evidence { quote document { id } } }
			    zonesWithoutActors { nodeId node { id } reason evidence { quote document { id } } }
			    agenciesWithoutReportingLine { nodeId node { id } reason evidence { quote document { id } } }
			  }
			}""";

	private static final Map<String, GapKind> FIELDS = Map.of("tasksWithoutNamedAgency",
			GapKind.TASK_WITHOUT_NAMED_AGENCY, "targetsWithoutTask", GapKind.TARGET_WITHOUT_TASK, "goalsWithoutTarget",
			GapKind.GOAL_WITHOUT_TARGET, "platformsWithoutOperator", GapKind.PLATFORM_WITHOUT_OPERATOR,
			"zonesWithoutActors", GapKind.ZONE_WITHOUT_ACTORS, "agenciesWithoutReportingLine",
			GapKind.AGENCY_WITHOUT_REPORTING_LINE);

	@LocalServerPort
	int port;

	@Autowired
	Auditor auditor;

	@Test
	void theGapListsAreTheAuditsWithNodesAndQuotes() {
		AuditReport audit = this.auditor.audit(null);
		long total = audit.gaps().values().stream().mapToLong(List::size).sum();
		assertThat(total).as("the seeds have gaps to list").isPositive();
		var response = GraphQlTesting.graphQl(this.port).document(QUERY).execute();
		FIELDS.forEach((field, kind) -> {
			List<Map<String, Object>> gaps = response.path("accountabilityGaps." + field)
				.entityList(Map.class)
				.get()
				.stream()
				.map(m -> (Map<String, Object>) m)
				.toList();
			assertThat(gaps).as(field).hasSize(audit.gaps().get(kind).size());
			for (Map<String, Object> gap : gaps) {
				assertThat(gap.get("node")).as(field + " " + gap).isEqualTo(Map.of("id", gap.get("nodeId")));
				Map<?, ?> evidence = (Map<?, ?>) gap.get("evidence");
				assertThat(evidence).as(field + " " + gap).isNotNull();
				assertThat((String) evidence.get("quote")).isNotBlank();
				assertThat(((Map<?, ?>) evidence.get("document")).get("id")).asString().startsWith("doc:");
			}
		});
	}

	@Test
	void oneDocumentsGapsStayInThatDocument() {
		String doc = "doc:000_9215d3667aee8512";
		GraphQlTesting.graphQl(this.port)
			.document(QUERY)
			.variable("doc", doc)
			.execute()
			.path("accountabilityGaps.tasksWithoutNamedAgency[*].evidence.document.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsOnly(doc));
	}

	@Test
	void anUnknownDocumentIsNotFound() {
		GraphQlTesting.graphQl(this.port)
			.document(QUERY)
			.variable("doc", "doc:nope")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND")));
	}

}
