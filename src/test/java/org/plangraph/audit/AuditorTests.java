package org.plangraph.audit;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.plangraph.TestGraph;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit over a small hand-built graph whose every gap is known (src/test/resources/audit/fixture-graph.cypher):
 * each list holds exactly what it must, and nothing that has an owner.
 */
class AuditorTests {

	private static TestGraph graph;

	private static AuditReport all;

	@BeforeAll
	static void buildGraph() throws Exception {
		graph = TestGraph.start();
		String fixture = Files.readString(Path.of("src/test/resources/audit/fixture-graph.cypher"),
				StandardCharsets.UTF_8);
		try (Session session = graph.driver().session()) {
			session.run(fixture).consume();
		}
		all = new Auditor(graph.driver(), graph.target()).audit(null);
	}

	@AfterAll
	static void stop() {
		graph.close();
	}

	private static List<String> gapIds(AuditReport report, GapKind kind) {
		return report.gaps().get(kind).stream().map(Gap::nodeId).toList();
	}

	private static TaskChain chain(String code) {
		return all.chains().stream().filter(c -> code.equals(c.code())).findFirst().orElseThrow();
	}

	@Test
	void namedLeadClimbsTheReportingLinesToTheTop() {
		TaskChain chain = chain("二.1");
		assertThat(chain.links()).extracting(ChainLink::depth, ChainLink::stage, ChainLink::agency, ChainLink::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(0, ChainLink.Stage.DIRECT, "新城区科学技术委员会", "LEAD"),
					org.assertj.core.groups.Tuple.tuple(1, ChainLink.Stage.REPORTS_TO, "新城区人民政府", null),
					org.assertj.core.groups.Tuple.tuple(2, ChainLink.Stage.REPORTS_TO, "江州市人民政府", null));
		assertThat(chain.top()).extracting(ChainLink::agency).containsExactly("江州市人民政府");
		assertThat(chain.links().get(0).citation().quote()).isEqualTo("（区科委牵头）");
		assertThat(chain.links().get(1).citation().source()).contains("curated");
		assertThat(chain.links().get(2).citation().quote()).isEqualTo("区政府在市政府领导下");
	}

	@Test
	void aTaskThatNamesNobodyIsInheritedByTheIssuer() {
		TaskChain chain = chain("二.2");
		assertThat(chain.named()).isFalse();
		assertThat(chain.links().get(0).stage()).isEqualTo(ChainLink.Stage.INHERITED);
		assertThat(chain.links().get(0).role()).isEqualTo("ACCOUNTABLE");
		assertThat(gapIds(all, GapKind.TASK_WITHOUT_NAMED_AGENCY)).containsExactlyInAnyOrder("doc:a/t/二.2",
				"doc:b/t/一.1");
		assertThat(all.gaps().get(GapKind.TASK_WITHOUT_NAMED_AGENCY))
			.filteredOn(gap -> gap.nodeId().equals("doc:b/t/一.1"))
			.extracting(Gap::reason)
			.containsExactly("no agency at all, not even an issuer");
	}

	@Test
	void gapListsHoldExactlyWhatLacksAnOwner() {
		// doc:a/m/4's goal is about a topic a task of the same plan advances: it has a task behind it
		assertThat(gapIds(all, GapKind.TARGET_WITHOUT_TASK)).containsExactly("doc:a/m/2", "doc:a/m/3");
		assertThat(all.gaps().get(GapKind.TARGET_WITHOUT_TASK)).extracting(Gap::reason)
			.containsExactly("no task advances its goal: 营商环境持续优化", "measures no goal");
		assertThat(gapIds(all, GapKind.GOAL_WITHOUT_TARGET)).containsExactly("doc:a/g/3");
		assertThat(gapIds(all, GapKind.PLATFORM_WITHOUT_OPERATOR)).containsExactly("platform:新城数据交易所");
		// once per document that names it
		assertThat(gapIds(all, GapKind.ZONE_WITHOUT_ACTORS)).containsExactly("zone:滨江数字港", "zone:滨江数字港");
		assertThat(gapIds(all, GapKind.AGENCY_WITHOUT_REPORTING_LINE)).containsExactly("agency:新城区数据中心");
	}

	@Test
	void everyGapCitesDocumentSectionAndQuote() {
		all.gaps().values().stream().flatMap(List::stream).forEach(gap -> {
			assertThat(gap.citation().documentTitle()).as(gap.toString()).isNotBlank();
			assertThat(gap.citation().quote()).as(gap.toString()).isNotBlank();
			assertThat(gap.citation().start()).as(gap.toString()).isNotNull();
		});
		assertThat(all.gaps().get(GapKind.GOAL_WITHOUT_TARGET).get(0).citation().sectionCode()).isEqualTo("一");
		assertThat(all.gaps().get(GapKind.AGENCY_WITHOUT_REPORTING_LINE).get(0).citation().sectionCode())
			.isEqualTo("二.3");
	}

	@Test
	void oneDocumentsAuditLeavesOtherDocumentsOut() {
		AuditReport b = new Auditor(graph.driver(), graph.target()).audit("doc:b");
		assertThat(b.summary()).extracting(DocumentSummary::documentId).containsExactly("doc:b");
		assertThat(b.chains()).extracting(TaskChain::code).containsExactly("一.1");
		assertThat(gapIds(b, GapKind.ZONE_WITHOUT_ACTORS)).containsExactly("zone:滨江数字港");
		assertThat(gapIds(b, GapKind.TARGET_WITHOUT_TASK)).isEmpty();
		assertThat(b.summary().get(0).gaps()).containsEntry(GapKind.TASK_WITHOUT_NAMED_AGENCY, 1L);
	}

	@Test
	void summaryCountsPerDocument() {
		DocumentSummary a = all.summary().stream().filter(s -> s.documentId().equals("doc:a")).findFirst().orElseThrow();
		assertThat(a.tasks()).isEqualTo(3);
		assertThat(a.tasksNamed()).isEqualTo(2);
		assertThat(a.targets()).isEqualTo(4);
		assertThat(a.goals()).isEqualTo(4);
		assertThat(a.gaps()).containsEntry(GapKind.TARGET_WITHOUT_TASK, 2L)
			.containsEntry(GapKind.ZONE_WITHOUT_ACTORS, 1L);
	}

	@Test
	void markdownOpensWithTheSummaryAndQuotesEveryRow() throws Exception {
		StringWriter out = new StringWriter();
		ReportFormat.MD.write(all, out);
		String md = out.toString();
		assertThat(md.indexOf("## Summary")).isLessThan(md.indexOf("## Gaps")).isPositive();
		assertThat(md).contains("| 新城区科技创新行动方案 | 3 | 2 | 1 | 4 | 4 |")
			.contains("“新增市场主体500户” (新城区科技创新行动方案 §一, chars 86–95)")
			.contains("- **二.1 建设类脑芯片平台**")
			.contains("LEAD 新城区科学技术委员会 — “（区科委牵头）”")
			.contains("reports to 江州市人民政府");
	}

	@Test
	void csvAndJsonCarryTheSameRows() throws Exception {
		StringWriter csvOut = new StringWriter();
		ReportFormat.CSV.write(all, csvOut);
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csvOut.toString())).getRecords();
		long gaps = all.gaps().values().stream().mapToLong(List::size).sum();
		assertThat(rows.stream().filter(r -> r.get("record").equals("gap")).count()).isEqualTo(gaps);
		assertThat(rows.stream().filter(r -> r.get("record").equals("chain")).count())
			.isEqualTo(all.chains().stream().mapToLong(c -> c.links().size()).sum());
		assertThat(rows.get(0).get("record")).isEqualTo("summary");

		StringWriter jsonOut = new StringWriter();
		ReportFormat.JSON.write(all, jsonOut);
		JsonNode json = JsonMapper.builder().build().readTree(jsonOut.toString());
		assertThat(json.path("gaps").path("GOAL_WITHOUT_TARGET").get(0).path("nodeId").asString())
			.isEqualTo("doc:a/g/3");
		assertThat(json.path("chains").size()).isEqualTo(all.chains().size());
	}

}
