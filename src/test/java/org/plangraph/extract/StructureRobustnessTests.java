package org.plangraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Odd and truncated plan texts: the structure extractor finds what there is and never fails. */
class StructureRobustnessTests {

	@ParameterizedTest
	@ValueSource(strings = { "一、", "三、主要任务", "发展目标：", "100%", "到2025年，", "2025年", "附件", "（一）\n1.\n2.",
			"一、主要任务\n（一）\n1. 。；：", "十四五", "“十三五”期间，年均增长", "百分之", "1/0", "2-1家", "0.5万", "亿元",
			"——。", "到2025年，。", "一、发展目标\n到2025年，，，。" })
	void oddTextsYieldConsistentStructure(String text) {
		assertConsistent(text);
	}

	@Test
	void arbitraryCutsOfTheSeedPlansYieldConsistentStructure() throws Exception {
		Random random = new Random(20261207L);
		List<String> texts = new ArrayList<>();
		for (String name : List.of("000_9215d3667aee8512.txt", "002_49859cdc74a7f20e.txt", "003_260d9b15293244e4.txt",
				"004_7979a0c2898ec7f3.txt")) {
			texts.add(Files.readString(Path.of("import/plans", name)));
		}
		for (int i = 0; i < 60; i++) {
			String text = texts.get(i % texts.size());
			int start = random.nextInt(text.length());
			int end = Math.min(text.length(), start + 1 + random.nextInt(3000));
			assertConsistent(text.substring(start, end));
		}
	}

	private static void assertConsistent(String text) {
		PlanStructure structure = StructureTestPlans.extract("odd.txt", text);
		List<Evidence> evidence = new ArrayList<>();
		structure.goals().forEach(g -> evidence.add(g.evidence()));
		structure.targets().forEach(t -> evidence.add(t.evidence()));
		structure.tasks().forEach(t -> evidence.add(t.evidence()));
		for (Evidence e : evidence) {
			assertThat(text.substring(e.start(), e.end())).as(text).isEqualTo(e.quote());
		}
		assertThat(structure.targets()).allSatisfy(t -> assertThat(t.value()).isNotNull().isFinite());
		assertThat(structure.goals()).allSatisfy(g -> assertThat(g.text()).isNotBlank());
	}

}
