package org.plangraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionRolesTests {

	private final SectionRoles roles = new SectionRoles(VocabularyFiles.builtIn());

	@Test
	void headingsAreComparedWithoutNumberingQuotesYearWordsAndATrailingProposal() {
		assertThat(this.roles.roleOf("五、主要任务")).isEqualTo(SectionRole.TASK);
		assertThat(this.roles.roleOf("（一）“十四五”发展目标")).isEqualTo(SectionRole.GOAL);
		assertThat(this.roles.roleOf("（二）二〇三五远景目标")).isEqualTo(SectionRole.GOAL);
		assertThat(this.roles.roleOf("2024年工作安排建议")).isEqualTo(SectionRole.TASK);
		assertThat(this.roles.roleOf("二、2024年重点工作")).isEqualTo(SectionRole.TASK);
		assertThat(this.roles.roleOf("第七章 保障措施")).isEqualTo(SectionRole.SAFEGUARD);
		assertThat(this.roles.roleOf("一、2023年工作回顾")).isEqualTo(SectionRole.BACKGROUND);
		assertThat(this.roles.roleOf("4.3 主要目标")).isEqualTo(SectionRole.GOAL);
		assertThat(this.roles.roleOf("一、指导思想和发展目标")).isEqualTo(SectionRole.GOAL);
		assertThat(this.roles.roleOf("（二）改革目标")).isEqualTo(SectionRole.GOAL);
		assertThat(this.roles.roleOf("三、发展目标与主要任务")).isEqualTo(SectionRole.TASK);
	}

	@Test
	void aHeadingThatOnlyEndsWithACueIsNoRoleHeading() {
		assertThat(this.roles.roleOf("（三）强化规划组织实施")).isNull();
		assertThat(this.roles.roleOf("1. 聚焦发展五大先导产业")).isNull();
		assertThat(this.roles.roleOf("（二）发展目标和产业布局")).isNull();
	}

	@Test
	void anUnnumberedLineAnnouncesARoleBeforeItsColon() {
		assertThat(this.roles.roleOfLine("重点工作：")).isEqualTo(SectionRole.TASK);
		assertThat(this.roles.roleOfLine("发展目标：到2020年，基本建成创新型城区。")).isEqualTo(SectionRole.GOAL);
		assertThat(this.roles.roleOfLine("附件：空间布局图")).isEqualTo(SectionRole.ANNEX);
		assertThat(this.roles.roleOfLine("今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右")).isNull();
	}

}
