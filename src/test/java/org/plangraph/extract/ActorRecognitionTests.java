package org.plangraph.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Gazetteer plus shape rules on sentences in the style of the plans, including names no vocabulary knows. */
class ActorRecognitionTests {

	private static final VocabularyFiles VOCABULARIES = VocabularyFiles.defaults();

	private static final ActorGazetteer GAZETTEER = new ActorGazetteer(VOCABULARIES);

	private static final Jurisdiction.Rules RULES = new Jurisdiction.Rules(VOCABULARIES);

	private static final TopicMatcher TOPICS = new TopicMatcher(VOCABULARIES);

	private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(GAZETTEER,
			new ActorPatterns(VOCABULARIES, RULES, TOPICS.forms()), TOPICS);

	private static List<ActorMention> find(String text, Jurisdiction jurisdiction) {
		return RECOGNIZER.find(text, jurisdiction);
	}

	private static Jurisdiction place(String province, String city, String district) {
		return Jurisdiction.of(RULES, GAZETTEER, province, city, district);
	}

	@Test
	void nestedNamesYieldTheWholeAndTheOperatorPart() {
		List<ActorMention> found = find("推进复旦大学上海智能产业创新研究院建设。", place(null, "上海市", "杨浦区"));
		assertThat(found).extracting(m -> m.actor().name(), m -> m.actor().kind())
			.containsExactly(tuple("复旦大学上海智能产业创新研究院", ActorKind.PLATFORM),
					tuple("复旦大学", ActorKind.UNIVERSITY));
		assertThat(found.get(1).whole()).isSameAs(found.get(0));
	}

	@Test
	void unseenNamesAreFoundByTheirShapeAndCutAtVerbs() {
		List<ActorMention> found = find("依托华中科技大学，支持建设洪山区智能网联汽车创新中心，推动光谷软件园与湖北大学合作。",
				place("湖北省", "武汉市", "洪山区"));
		assertThat(found).extracting(m -> m.actor().name(), m -> m.actor().kind())
			.containsExactly(tuple("华中科技大学", ActorKind.UNIVERSITY), tuple("洪山区智能网联汽车创新中心", ActorKind.PLATFORM),
					tuple("湖北大学", ActorKind.UNIVERSITY));
	}

	@Test
	void genericMentionsAreNoActors() {
		assertThat(find("鼓励全国重点实验室等国家级平台联合企业建立公共实验室、概念验证中心等创新平台，培育龙头企业，各有关部门按职责推进。",
				place(null, "上海市", "杨浦区")))
			.isEmpty();
		assertThat(find("建设一批人工智能平台和区块链孵化器，推进世界一流高水平研究型大学建设。", place(null, "上海市", null))).isEmpty();
	}

	@Test
	void agencyShortFormsTakeTheDocumentsPlace() {
		List<ActorMention> found = find("由市发展改革委牵头，会同市场监管局、市财政局推进。", place("陕西省", "延安市", null));
		assertThat(found).extracting(m -> m.actor().name(), ActorMention::written)
			.containsExactly(tuple("延安市发展和改革委员会", "市发展改革委"), tuple("延安市财政局", "市财政局"));
	}

	@Test
	void knownAgenciesResolveThroughTheGazetteer() {
		List<ActorMention> found = find("区科委联合上交所发行上市服务中心举办活动，市科委、区政府给予支持。", place(null, "上海市", "杨浦区"));
		assertThat(found).extracting(m -> m.actor().name())
			.contains("杨浦区科学技术委员会", "上海证券交易所发行上市服务中心", "上海市科学技术委员会", "上海市杨浦区人民政府");
	}

	@Test
	void aZoneBeforeAPlatformIsSplitOff() {
		List<ActorMention> found = find("复兴岛上海量子城市时空创新基地建设成效初显。", place(null, "上海市", "杨浦区"));
		assertThat(found).extracting(m -> m.actor().name(), m -> m.actor().kind())
			.containsExactly(tuple("复兴岛", ActorKind.ZONE), tuple("上海量子城市时空创新基地", ActorKind.PLATFORM));
	}


	@Test
	void nationalNamesAndUnitsOfNamedUniversitiesAreNamesButDesignationsAreNot() {
		List<ActorMention> found = find("加快国家深海钻探装备技术创新中心、青川农业大学智慧育种研究院建设，争创国家农业现代化示范区和国家医学中心。",
				place("四川省", "青川市", null));
		assertThat(found).extracting(m -> m.actor().name())
			.contains("国家深海钻探装备技术创新中心", "青川农业大学智慧育种研究院", "青川农业大学")
			.doesNotContain("国家农业现代化示范区", "国家医学中心");
	}

	@Test
	void aListItemThatNamesItsOwnPlaceKeepsIt() {
		Extraction extraction = new DefaultPlanExtractor(VOCABULARIES)
			.extract(new org.plangraph.document.PlanParser().parse(new org.plangraph.document.PlanText("list.txt", """
					青川市人民政府办公室关于印发青川市优化营商环境行动方案的通知
					一、重点任务
					（一）提升通关效率。压缩整体通关时间。（责任单位：市商务局、青川海关、中国人民银行青川市中心支行）
					""", "0", "UTF-8")));
		assertThat(extraction.actors()).extracting(Actor::name)
			.contains("青川市商务局", "青川海关", "中国人民银行青川市中心支行")
			.doesNotContain("青川市青川海关", "青川市中国人民银行青川市中心支行");
	}


	@Test
	void aNameInTheGazetteerThatItsShapeAlsoFindsIsOneMention() {
		List<ActorMention> found = find("依托华中科技大学，推动比亚迪与宁德时代合作。", place("湖北省", "武汉市", "洪山区"));
		assertThat(found).extracting(m -> m.actor().name())
			.containsExactly("华中科技大学", "比亚迪股份有限公司", "宁德时代新能源科技股份有限公司");
	}

}
