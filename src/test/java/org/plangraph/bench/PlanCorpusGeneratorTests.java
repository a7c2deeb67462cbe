package org.plangraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.document.PlanDocument;
import org.plangraph.document.PlanParser;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCorpusGeneratorTests {

	@Test
	void sameSeedSameFilesAndEachParsesAsAPlan(@TempDir Path dir) throws Exception {
		List<Path> files = PlanCorpusGenerator.write(dir, 20, 42);
		assertThat(files).hasSize(20);
		assertThat(PlanCorpusGenerator.document(42, 7)).isEqualTo(Files.readString(files.get(7)));
		assertThat(PlanCorpusGenerator.document(43, 7)).isNotEqualTo(Files.readString(files.get(7)));
		PlanParser parser = new PlanParser();
		for (Path file : files) {
			PlanDocument doc = parser.parse(file);
			assertThat(doc.metadata().docNumber()).matches(".府发〔20\\d\\d〕\\d+号");
			assertThat(doc.metadata().period()).isEqualTo("2021-2025");
			assertThat(doc.sections()).extracting(s -> s.code())
				.contains("一", "二", "二.(一)", "三", "三.(一)", "三.(一).1", "四");
		}
	}

}
