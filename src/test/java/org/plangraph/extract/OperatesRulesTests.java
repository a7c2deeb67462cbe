package org.plangraph.extract;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.plangraph.document.PlanParser;
import org.plangraph.document.PlanText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** OPERATES from lists of builders, on sentences in the plans' style with names no gazetteer holds. */
class OperatesRulesTests {

	@Test
	void buildersNamedTogetherOrBy由RunThePlatform() {
		Extraction extraction = new DefaultPlanExtractor(VocabularyFiles.defaults())
			.extract(new PlanParser().parse(new PlanText("operates.txt", """
					青川区科技创新行动方案
					支持青川理工大学与青川云数科技有限公司共建青川智能传感创新中心。
					加快由青川精密仪器研究院牵头建设的青川计量测试公共服务平台投入运营。
					青川区块链应用研究院由青川星图科技有限公司运营。
					青川云数科技有限公司推动青川数据交易服务平台上线。
					""", "0", "UTF-8")));
		Map<String, String> names = extraction.actors()
			.stream()
			.collect(Collectors.toMap(Actor::id, Actor::name, (a, b) -> a));
		assertThat(extraction.relations()).filteredOn(r -> r.type() == RelationType.OPERATES)
			.extracting(r -> names.get(r.fromId()), r -> names.get(r.toId()))
			.contains(tuple("青川理工大学", "青川智能传感创新中心"), tuple("青川云数科技有限公司", "青川智能传感创新中心"),
					tuple("青川星图科技有限公司", "青川区块链应用研究院"))
			// 推动 is no building verb: the firm pushes the platform's launch, it is not said to run it
			.doesNotContain(tuple("青川云数科技有限公司", "青川数据交易服务平台"));
	}

}
