package org.plangraph.document;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Metadata and top-level outline of each seed plan, read by hand from the files. */
class SeedDocumentsTests {

	private final PlanParser parser = new PlanParser();

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			000_9215d3667aee8512.txt | 杨浦区产业发展“十四五”规划 | 杨府发〔2021〕5号 | PLAN | 2021-08-16 | 2021-2025 | 上海市杨浦区人民政府 | 一 发展基础;二 发展趋势;三 指导方针;四 发展目标;五 主要任务;六 保障措施
			001_a5779c3ddd0e5604.txt | 杨浦区提升科技创新能级“十四五”规划 | 杨府发〔2021〕3号 | PLAN | 2021-07-27 | 2021-2025 | 上海市杨浦区人民政府 | 一 发展基础;二 发展趋势;三 指导方针;四 发展目标;五 主要任务;六 保障措施
			002_49859cdc74a7f20e.txt | 杨“数”浦新质秀带创新区建设方案 | 沪科合〔2025〕7号 | SCHEME | 2025-03-10 | - | 上海市科学技术委员会;上海市杨浦区人民政府 | 一 主要目标;二 空间布局;三 重点任务
			003_260d9b15293244e4.txt | 对区第十七届人大第三次会议第C-064号代表建议、批评和意见的答复 | 杨科两会〔2023〕12号 | REPLY | - | - | 杨浦区科学技术委员会 | 一 关于拟定杨浦未来科创产业指导目录的建议;二 关于打造杨浦科创俱乐部的建议
			004_7979a0c2898ec7f3.txt | 各具特色的区县创新稳步推进 | - | OTHER | - | - | - | 4.3 各具特色的区县创新稳步推进
			""")
	void metadataAndTopLevelOutline(String file, String title, String docNumber, DocumentKind kind, String issuedOn,
			String period, String issuers, String topLevel) throws Exception {
		PlanDocument doc = this.parser.parse(Path.of("import/plans", file));
		DocumentMetadata meta = doc.metadata();
		assertThat(meta.title()).isEqualTo(title);
		assertThat(meta.docNumber()).isEqualTo(docNumber);
		assertThat(meta.kind()).isEqualTo(kind);
		assertThat(meta.issuedOn()).isEqualTo(issuedOn);
		assertThat(meta.period()).isEqualTo(period);
		assertThat(meta.issuers()).isEqualTo(issuers == null ? List.of() : List.of(issuers.split(";")));
		assertThat(doc.sections().stream().filter(s -> s.level() == 1).map(s -> s.code() + " " + s.heading()))
			.containsExactly(topLevel.split(";"));
		assertThat(doc.id()).isEqualTo("doc:" + file.replace(".txt", ""));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			000_9215d3667aee8512.txt | 五.(一).1.(4) | 做强位置服务产业
			000_9215d3667aee8512.txt | 五.(三).2 | 提升要素供给效率，营造产业创新生态环境
			001_a5779c3ddd0e5604.txt | 五.(二).4 | 培育数字经济“新引擎”
			002_49859cdc74a7f20e.txt | 三.(三).17 | 建设未来产业集聚区
			""")
	void deeperSectionsKeepTheirPaths(String file, String code, String heading) throws Exception {
		PlanDocument doc = this.parser.parse(Path.of("import/plans", file));
		assertThat(doc.sections()).filteredOn(s -> s.code().equals(code))
			.singleElement()
			.extracting(Section::heading)
			.isEqualTo(heading);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			import/plans/000_9215d3667aee8512.txt
			import/plans/001_a5779c3ddd0e5604.txt
			import/plans/002_49859cdc74a7f20e.txt
			import/plans/003_260d9b15293244e4.txt
			import/plans/004_7979a0c2898ec7f3.txt
			""")
	void everySectionQuotesTheDocumentExactly(String file) throws Exception {
		PlanDocument doc = this.parser.parse(Path.of(file));
		assertThat(doc.sections()).isNotEmpty()
			.allSatisfy(s -> assertThat(doc.text().substring(s.start(), s.end())).isEqualTo(s.text()));
		assertThat(doc.sections().stream().map(Section::code).distinct()).hasSameSizeAs(doc.sections());
	}

}
