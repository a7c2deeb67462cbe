package org.plangraph.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.plangraph.SeededGraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit of the five seed plans as loaded by the real extractor: who answers for what, and gap lists that hold
 * exactly the nodes that lack an owner (checked against independent Cypher).
 */
@SeededGraphTest
class AuditSeedsTests {

	private static final String REPLY = "doc:003_260d9b15293244e4";

	private static final String SCHEME = "doc:002_49859cdc74a7f20e";

	private static AuditReport report;

	@Autowired
	Driver driver;

	@BeforeAll
	static void audit(@Autowired Auditor auditor) {
		report = auditor.audit(null);
	}

	private Set<String> ids(String cypher) {
		try (Session session = this.driver.session()) {
			return session.run(cypher).list(r -> r.get(0).asString()).stream().collect(Collectors.toSet());
		}
	}

	private static Set<String> gapIds(GapKind kind) {
		return report.gaps().get(kind).stream().map(Gap::nodeId).collect(Collectors.toSet());
	}

	@Test
	void theRepliesHandlingUnitIsHandlerOfEveryReplyAndReportsUpToTheDistrict() {
		List<TaskChain> replies = report.chains().stream().filter(c -> c.taskId().startsWith(REPLY + "/")).toList();
		assertThat(replies).isNotEmpty().allSatisfy(chain -> {
			assertThat(chain.links()).filteredOn(l -> l.depth() == 0)
				.anySatisfy(l -> {
					assertThat(l.stage()).isEqualTo(ChainLink.Stage.DIRECT);
					assertThat(l.role()).isEqualTo("HANDLER");
					assertThat(l.agency()).contains("杨浦区科学技术委员会");
					assertThat(l.citation().quote()).isNotBlank();
				});
			assertThat(chain.links()).filteredOn(l -> l.stage() == ChainLink.Stage.REPORTS_TO)
				.extracting(ChainLink::agency)
				.anySatisfy(agency -> assertThat(agency).contains("杨浦区人民政府"));
		});
	}

	@Test
	void theCityAndDistrictLeadTheJointWorkingMechanism() {
		Set<String> task = ids("MATCH (t:Task {doc: '" + SCHEME + "'}) WHERE t.text CONTAINS '市区联动工作机制' RETURN t.id");
		assertThat(task).as("the task whose text sets up 市区联动工作机制").hasSize(1);
		TaskChain chain = report.chains()
			.stream()
			.filter(c -> task.contains(c.taskId()))
			.findFirst()
			.orElseThrow();
		assertThat(chain.links()).filteredOn(l -> "LEAD".equals(l.role()))
			.extracting(ChainLink::agency)
			.anySatisfy(a -> assertThat(a).isEqualTo("上海市科学技术委员会"))
			.anySatisfy(a -> assertThat(a).contains("杨浦区"));
	}

	@Test
	void aTaskThatNamesNobodyIsInheritedByItsIssuer() {
		Map<String, Set<String>> issuers;
		try (Session session = this.driver.session()) {
			issuers = session.run("MATCH (d:Document)-[:ISSUED_BY]->(a:Agency) RETURN d.id AS d, collect(a.name) AS a")
				.list(r -> Map.entry(r.get("d").asString(), Set.copyOf(r.get("a").asList(v -> v.asString()))))
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		}
		List<TaskChain> unnamed = report.chains()
			.stream()
			.filter(c -> !c.named() && !issuers.getOrDefault(c.citation().documentId(), Set.of()).isEmpty())
			.toList();
		assertThat(unnamed).as("the seed plans have tasks that name no agency").isNotEmpty();
		for (TaskChain chain : unnamed) {
			String doc = chain.citation().documentId();
			assertThat(chain.links()).as(chain.code()).filteredOn(l -> l.depth() == 0).isNotEmpty().allSatisfy(l -> {
				assertThat(l.stage()).isEqualTo(ChainLink.Stage.INHERITED);
				assertThat(l.role()).isEqualTo("ACCOUNTABLE");
				assertThat(issuers.get(doc)).contains(l.agency());
			});
		}
	}

	@Test
	void gapListsHoldExactlyTheNodesThatLackAnOwner() {
		assertThat(gapIds(GapKind.TASK_WITHOUT_NAMED_AGENCY)).isEqualTo(ids("""
				MATCH (t:Task) WHERE NOT EXISTS {
				  (:Agency)-[r:RESPONSIBLE_FOR]->(t) WHERE r.role IN ['LEAD', 'CO_LEAD', 'HANDLER'] }
				RETURN t.id"""));
		assertThat(gapIds(GapKind.TASK_WITHOUT_NAMED_AGENCY)).as("the reply's tasks have a handler")
			.noneMatch(id -> id.startsWith(REPLY + "/"));
		assertThat(gapIds(GapKind.GOAL_WITHOUT_TARGET))
			.isEqualTo(ids("MATCH (g:Goal) WHERE NOT EXISTS { (:Target)-[:MEASURES]->(g) } RETURN g.id"));
		assertThat(gapIds(GapKind.PLATFORM_WITHOUT_OPERATOR)).isNotEmpty()
			.isEqualTo(ids("""
					MATCH (p:Platform)-[r]-() WHERE r.doc IS NOT NULL AND NOT EXISTS { ()-[:OPERATES]->(p) }
					RETURN DISTINCT p.id"""));
		assertThat(gapIds(GapKind.ZONE_WITHOUT_ACTORS)).isNotEmpty()
			.isEqualTo(ids("""
					MATCH (z:Zone)-[r]-() WHERE r.doc IS NOT NULL AND NOT EXISTS { ()-[:LOCATED_IN]->(z) }
					RETURN DISTINCT z.id"""));
		Set<String> targetsWithTask = ids("MATCH (x:Target)-[:MEASURES]->(:Goal)<-[:ADVANCES]-(:Task) RETURN x.id");
		assertThat(gapIds(GapKind.TARGET_WITHOUT_TASK)).filteredOn(targetsWithTask::contains).isEmpty();
		assertThat(ids("MATCH (x:Target) WHERE NOT EXISTS { (x)-[:MEASURES]->() } RETURN x.id"))
			.filteredOn(id -> !gapIds(GapKind.TARGET_WITHOUT_TASK).contains(id))
			.isEmpty();
	}

	@Test
	void everyRowQuotesItsDocument() {
		report.gaps().values().stream().flatMap(List::stream).forEach(gap -> {
			assertThat(gap.citation().documentTitle()).as(gap.toString()).isNotBlank();
			assertThat(gap.citation().quote()).as(gap.toString()).isNotBlank();
		});
		report.chains().stream().flatMap(c -> c.links().stream()).forEach(link -> assertThat(
				link.citation().quote() != null || link.citation().source() != null)
			.as(link.toString())
			.isTrue());
	}

}
