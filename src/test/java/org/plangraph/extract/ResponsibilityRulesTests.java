package org.plangraph.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plangraph.document.PlanDocument;
import org.plangraph.document.PlanParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Responsibility brackets, 由X牵头, reply handlers and the issuer's accountability, on plans written for the test. */
class ResponsibilityRulesTests {

	private static final PlanExtractor EXTRACTOR = new DefaultPlanExtractor(VocabularyFiles.defaults());

	private static Extraction extract(String text) {
		PlanDocument document = new PlanParser().parse(new org.plangraph.document.PlanText("test.txt", text, "0", "UTF-8"));
		return EXTRACTOR.extract(document);
	}

	private static List<org.assertj.core.groups.Tuple> responsible(Extraction extraction) {
		java.util.Map<String, String> codes = new java.util.HashMap<>();
		extraction.tasks().forEach(t -> codes.put(t.id(), t.code()));
		return extraction.relations()
			.stream()
			.filter(r -> r.type() == RelationType.RESPONSIBLE_FOR)
			.map(r -> tuple(r.fromId(), codes.get(r.toId()), r.role()))
			.toList();
	}

	private static final String PLAN = """
			宁安市人民政府办公室关于印发宁安市优化营商环境三年行动方案的通知
			宁政办发〔2024〕3号
			各县（区）人民政府，市政府各部门：
			现将《宁安市优化营商环境三年行动方案》印发给你们，请认真贯彻执行。
			宁安市人民政府办公室
			2024年3月1日
			宁安市优化营商环境三年行动方案
			一、重点任务
			（一）提升政务服务效能
			1.推进“一网通办”。建设全市统一的政务服务平台，实现高频事项全程网办。（责任单位：市行政审批服务局牵头，市大数据局、各县（区）人民政府按职责分工负责）
			2.优化企业开办。压缩企业开办时间至1个工作日以内。（市市场监管局牵头，市公安局、市税务局配合，各县（区）落实）
			3.完善信用体系。健全守信激励和失信惩戒机制。（牵头单位：市发展改革委；配合单位：人行宁安市中心支行、市财政局）
			4.加强要素保障。落实土地、用能等要素保障。（市自然资源局、财政局、发展改革委负责）
			二、保障措施
			1.加强组织领导。由市发展改革委牵头，会同市司法局建立工作推进机制。
			2.强化宣传引导。加大政策宣传力度，营造良好氛围。
			""";

	@Test
	void bracketsGiveLeadsAndCoLeadsAndSkipGenericUnits() {
		Extraction extraction = extract(PLAN);
		assertThat(responsible(extraction)).contains(tuple("agency:宁安市行政审批服务局", "一.(一).1", "LEAD"),
				tuple("agency:宁安市大数据管理局", "一.(一).1", "CO_LEAD"),
				tuple("agency:宁安市市场监督管理局", "一.(一).2", "LEAD"),
				tuple("agency:宁安市公安局", "一.(一).2", "CO_LEAD"), tuple("agency:宁安市税务局", "一.(一).2", "CO_LEAD"),
				tuple("agency:宁安市发展和改革委员会", "一.(一).3", "LEAD"),
				tuple("agency:宁安市财政局", "一.(一).3", "CO_LEAD"),
				tuple("agency:宁安市自然资源局", "一.(一).4", "LEAD"),
				tuple("agency:宁安市财政局", "一.(一).4", "CO_LEAD"),
				tuple("agency:宁安市发展和改革委员会", "一.(一).4", "CO_LEAD"));
		assertThat(responsible(extraction)).noneMatch(t -> t.toList().get(0).toString().contains("县"));
	}

	@Test
	void leadInTheTextAndTheIssuerAccountableForTasksThatNameNobody() {
		Extraction extraction = extract(PLAN);
		assertThat(responsible(extraction)).contains(tuple("agency:宁安市发展和改革委员会", "二.1", "LEAD"),
				tuple("agency:宁安市司法局", "二.1", "CO_LEAD"),
				tuple("agency:宁安市人民政府办公室", "二.2", "ACCOUNTABLE"));
		assertThat(responsible(extraction)).filteredOn(t -> "一.(一).1".equals(t.toList().get(1)))
			.noneMatch(t -> "ACCOUNTABLE".equals(t.toList().get(2)));
	}

	@Test
	void aPlaceListedAmongResponsibleUnitsStandsForItsGovernment() {
		Extraction extraction = extract("""
				宁安市人民政府办公室关于印发宁安市数字经济行动方案的通知
				宁安市人民政府办公室
				2024年3月1日
				一、重点任务
				1.建设数据要素市场。培育数据交易机构，完善数据流通规则。
				省数据局、宁安市牵头建立省市协同推进机制，形成年度项目清单。
				""");
		assertThat(responsible(extraction)).contains(tuple("agency:宁安市人民政府", "一.1", "LEAD"))
			.anySatisfy(t -> assertThat(t.toList()).containsSubsequence("一.1", "LEAD")
				.first()
				.asString()
				.contains("数据局"));
		assertThat(extraction.actors()).extracting(Actor::id).contains("agency:宁安市人民政府");
	}

	@Test
	void theAgencyHierarchyFollowsThePlace() {
		Extraction extraction = extract(PLAN);
		assertThat(extraction.relations()).filteredOn(r -> r.type() == RelationType.REPORTS_TO)
			.extracting(Relation::fromId, Relation::toId)
			.contains(tuple("agency:宁安市财政局", "agency:宁安市人民政府"),
					tuple("agency:宁安市人民政府办公室", "agency:宁安市人民政府"));
	}


	@Test
	void everyUnitOfTheListAfter会同CoLeadsAndNationalBanksKeepTheirOwnName() {
		Extraction extraction = extract("""
				宁安市人民政府办公室关于印发宁安市要素保障行动方案的通知
				一、重点任务
				（一）强化要素保障。由市发展改革委牵头，会同市财政局、市自然资源规划局推进。
				（二）强化金融支持。（责任单位：人民银行宁安市分行、市残联）
				""");
		assertThat(responsible(extraction)).contains(tuple("agency:宁安市发展和改革委员会", "一.(一)", "LEAD"),
				tuple("agency:宁安市财政局", "一.(一)", "CO_LEAD"), tuple("agency:宁安市自然资源和规划局", "一.(一)", "CO_LEAD"),
				tuple("agency:人民银行宁安市分行", "一.(二)", "LEAD"), tuple("agency:宁安市残疾人联合会", "一.(二)", "CO_LEAD"));
	}


	@Test
	void departmentAndHostLabelsNameLeadsAndPartners() {
		Extraction extraction = extract("""
				宁安市人民政府办公室关于印发宁安市数字经济行动方案的通知
				一、重点任务
				（一）建设算力设施。推进算力中心建设。（牵头部门：市大数据局；配合部门：市财政局）
				（二）培育数据市场。（主办单位：市数据局；会办单位：市市场监管局）
				""");
		assertThat(responsible(extraction)).contains(tuple("agency:宁安市大数据管理局", "一.(一)", "LEAD"),
				tuple("agency:宁安市财政局", "一.(一)", "CO_LEAD"), tuple("agency:宁安市数据局", "一.(二)", "LEAD"),
				tuple("agency:宁安市市场监督管理局", "一.(二)", "CO_LEAD"));
	}

}
