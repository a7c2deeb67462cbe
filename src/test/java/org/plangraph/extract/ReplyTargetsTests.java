package org.plangraph.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Figures in a reply letter, written for this test in the style of a county bureau's answer to a deputy. */
class ReplyTargetsTests {

	private static final String REPLY = """
			云溪县经济和信息化局

			云经信〔2024〕8号

			关于县人大代表第15号建议的答复

			张伟代表：

			您提出的关于加快制造业数字化转型的建议收悉，现答复如下：

			一、关于推进企业上云的建议
			截至2023年底，全县累计上云企业达1200余家，规上工业企业数字化改造覆盖率达到65%，首个工业互联网平台实现零的突破。我县现有侨胞近12万人，分布在60多个国家和地区。
			二、关于建立联席会议制度的建议
			联席会议每季度召开一次。下一步，力争到2026年，新增省级数字化车间10个以上，两化融合指数提高2个百分点。
			""";

	private static List<Target> targets() {
		return StructureTestPlans.extract("yunxi-reply.txt", REPLY).targets();
	}

	@Test
	void achievedFiguresAreBaselinesAndPromisedOnesTargets() {
		assertThat(targets()).extracting(Target::value, Target::unit, Target::comparator, Target::year, Target::kind)
			.containsExactly(tuple(1200.0, "家", ">", 2023, TargetKind.BASELINE),
					tuple(65.0, "%", ">=", 2023, TargetKind.BASELINE),
					tuple(0.0, null, ">", 2023, TargetKind.BASELINE),
					tuple(120000.0, "人", "about", null, TargetKind.BASELINE),
					tuple(60.0, "个", ">", null, TargetKind.BASELINE),
					tuple(1.0, "次", "=", null, TargetKind.TARGET),
					tuple(10.0, "个", ">", 2026, TargetKind.TARGET),
					tuple(2.0, "个百分点", "=", 2026, TargetKind.TARGET));
	}

}
