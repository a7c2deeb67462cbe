package org.plangraph.document;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OutlineParserTests {

	private final OutlineParser parser = new OutlineParser();

	@Test
	void nestsStylesInTheOrderTheyFirstAppear() {
		String text = """
				前言。
				一、主要任务
				（一）构筑产业体系
				1. 聚焦发展先导产业
				(1) 前瞻布局人工智能
				建设人工智能创新平台。
				（2）做强位置服务产业
				2. 发展优势产业
				（二）优化空间布局
				二、保障措施
				""";
		List<Section> sections = this.parser.parse(text);
		assertThat(sections).extracting(Section::code, Section::parentCode, Section::level, Section::heading)
			.containsExactly(tuple("一", null, 1, "主要任务"), tuple("一.(一)", "一", 2, "构筑产业体系"),
					tuple("一.(一).1", "一.(一)", 3, "聚焦发展先导产业"),
					tuple("一.(一).1.(1)", "一.(一).1", 4, "前瞻布局人工智能"),
					tuple("一.(一).1.(2)", "一.(一).1", 4, "做强位置服务产业"),
					tuple("一.(一).2", "一.(一)", 3, "发展优势产业"), tuple("一.(二)", "一", 2, "优化空间布局"),
					tuple("二", null, 1, "保障措施"));
		assertThat(sections).extracting(Section::ordinal).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
	}

	@Test
	void sectionTextRunsToTheNextHeadingAndOffsetsPointIntoTheDocument() {
		String text = "序\n一、目标\n到2025年，建成创新区。\n\n（一）总体目标\n形成新格局。\n";
		List<Section> sections = this.parser.parse(text);
		assertThat(sections).hasSize(2);
		Section first = sections.get(0);
		assertThat(first.text()).isEqualTo("一、目标\n到2025年，建成创新区。");
		assertThat(text.substring(first.start(), first.end())).isEqualTo(first.text());
		Section second = sections.get(1);
		assertThat(text.substring(second.start(), second.end())).isEqualTo("（一）总体目标\n形成新格局。");
	}

	@Test
	void inlineHeadingEndsAtTheFirstFullStop() {
		List<Section> sections = this.parser.parse("1. 服务国家战略科技力量建设。支持复旦大学建设平台。\n");
		assertThat(sections).singleElement().extracting(Section::heading).isEqualTo("服务国家战略科技力量建设");
	}

	@Test
	void longHeadingWithoutStopIsCutAtTheFirstComma() {
		String line = "1.按照市场准入“全国一张清单”管理要求，健全完善与之相适应的准入机制、审批机制、监管机制、社会信用体系和激励奖惩机制，集成高效推进市场准入制度改革";
		assertThat(this.parser.parse(line)).singleElement()
			.extracting(Section::heading)
			.isEqualTo("按照市场准入“全国一张清单”管理要求");
	}

	@Test
	void numbersThatAreNotHeadingsAreIgnored() {
		String text = """
				2020年杨浦区生产总值达到2106.63亿元。
				5.4%的增长。
				2025 年 3 月 10 日
				1.5万家企业。
				图1 杨浦区第三产业结构变动情况
				""";
		assertThat(this.parser.parse(text)).isEmpty();
	}

	@Test
	void aChineseNumberedHeadingMayOpenWithAYearButAnArabicOneMayNot() {
		String text = """
				一、2023年工作回顾
				（一）稳增长。
				二、2024年重点工作
				（一）扩内需。
				1.2024年目标完成情况见附表。
				""";
		assertThat(this.parser.parse(text)).extracting(Section::code, Section::heading)
			.containsExactly(tuple("一", "2023年工作回顾"), tuple("一.(一)", "稳增长"), tuple("二", "2024年重点工作"),
					tuple("二.(一)", "扩内需"));
	}

	@Test
	void halfWidthAndFullWidthParenthesesAreTheSameLevel() {
		List<Section> sections = this.parser.parse("一、任务\n(一) 甲\n（二）乙\n(三)丙\n");
		assertThat(sections).extracting(Section::code).containsExactly("一", "一.(一)", "一.(二)", "一.(三)");
	}

	@Test
	void repeatedPathsStayUnique() {
		List<Section> sections = this.parser.parse("发展目标：\n1. 到2020年甲\n2. 到2030年乙\n重点工作：\n1. 丙\n2. 丁\n");
		assertThat(sections).extracting(Section::code).containsExactly("1", "2", "1~2", "2~2");
	}

	@Test
	void chaptersRankAboveEverythingElse() {
		List<Section> sections = this.parser.parse("一、引言\n第二章 主要任务\n第一节 产业\n一、甲\n第三章 保障\n");
		assertThat(sections).extracting(Section::code)
			.containsExactly("一", "第二章", "第二章.第一节", "第二章.第一节.一", "第三章");
	}

	@Test
	void tenThousandHeadingsParseIntoUniqueCodes() {
		StringBuilder text = new StringBuilder();
		String[] markers = { "一、", "（一）", "1. ", "（1）", "①", "第一条 " };
		for (int i = 0; i < 10_000; i++) {
			text.append(markers[i % markers.length]).append("标题").append(i).append('\n');
		}
		List<Section> sections = this.parser.parse(text.toString());
		assertThat(sections).hasSize(10_000);
		assertThat(sections.stream().map(Section::code).distinct()).hasSize(10_000);
		assertThat(sections).extracting(Section::level).containsOnly(1, 2, 3, 4, 5, 6);
	}

	@Test
	void aDottedHeadingThousandsOfLevelsDeepIsTextNotAStackOverflow() {
		String text = "一、主要任务\n" + "1" + ".1".repeat(2_400) + " 深层标题\n4.3 正常标题\n";
		assertThat(this.parser.parse(text)).extracting(Section::code).containsExactly("一", "一.4.3");
	}

}
