package org.plangraph.extract;

import org.junit.jupiter.api.Test;
import org.plangraph.document.PlanParser;
import org.plangraph.document.PlanText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** LOCATED_IN from sentences in the style of the plans. */
class LocatedInRulesTests {

	private static Extraction extract(String text) {
		return new DefaultPlanExtractor(VocabularyFiles.defaults())
			.extract(new PlanParser().parse(new PlanText("located.txt", text, "0", "UTF-8")));
	}

	@Test
	void zonesPlaceWhatTheyBuildListMembersAndSitBeforeActors() {
		Extraction extraction = extract("""
				杨浦区空间布局方案
				推动滨江南段打造在线新经济“总部秀园”。
				加快复兴岛、大创谷等产业创新承载区建设。
				上海区块链技术应用协会落户湾谷科技园。
				复兴岛上海量子城市时空创新基地建设成效初显。
				""");
		assertThat(extraction.relations()).filteredOn(r -> r.type() == RelationType.LOCATED_IN)
			.extracting(Relation::fromId, Relation::toId)
			.containsExactlyInAnyOrder(tuple("zone:总部秀园", "zone:滨江南段"), tuple("zone:复兴岛", "zone:产业创新承载区"),
					tuple("zone:大创谷", "zone:产业创新承载区"), tuple("platform:上海区块链技术应用协会", "zone:湾谷科技园"),
					tuple("platform:上海量子城市时空创新基地", "zone:复兴岛"));
	}


	@Test
	void zonesAfter在PlaceWhatTheirClauseBuildsAndZonesContainWhatIsInside() {
		Extraction extraction = extract("""
				青川区科技创新行动方案
				在青川高新区建设青川智能传感创新中心，支持青川云数科技有限公司扩大产能。
				加快青川科技城内的青川数据交易服务平台建设。
				依托青川理工大学在青川大学城设立青川计量测试公共服务平台。
				""");
		assertThat(extraction.relations()).filteredOn(r -> r.type() == RelationType.LOCATED_IN)
			.extracting(Relation::fromId, Relation::toId)
			.containsExactlyInAnyOrder(tuple("platform:青川智能传感创新中心", "zone:青川高新区"),
					tuple("platform:青川数据交易服务平台", "zone:青川科技城"),
					tuple("platform:青川计量测试公共服务平台", "zone:青川大学城"));
	}

}
