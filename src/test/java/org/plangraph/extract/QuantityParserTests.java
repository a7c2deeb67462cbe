package org.plangraph.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plangraph.document.ChineseNumbers;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityParserTests {

	private final QuantityParser parser = new QuantityParser(VocabularyFiles.builtIn());

	private Quantity only(String text) {
		String half = ChineseNumbers.toHalfWidth(text);
		List<Quantity> found = this.parser.find(half, 0, half.length());
		assertThat(found).as(text).hasSize(1);
		return found.get(0);
	}

	private void assertQuantity(String text, double value, Double high, String unit, String comparator) {
		Quantity q = only(text);
		assertThat(q.value()).as(text).isEqualTo(value);
		assertThat(q.valueHigh()).as(text).isEqualTo(high);
		assertThat(q.unit()).as(text).isEqualTo(unit);
		assertThat(q.comparator()).as(text).isEqualTo(comparator);
	}

	@Test
	void percentagesWithComparatorsBeforeAndAfter() {
		assertQuantity("研发投入强度达 3.2%", 3.2, null, "%", ">=");
		assertQuantity("核心产业占比达 25% 以上", 25, null, "%", ">");
		assertQuantity("担保费率不超过0.8%", 0.8, null, "%", "<=");
		assertQuantity("地区生产总值增长5.5%左右", 5.5, null, "%", "about");
		assertQuantity("覆盖率百分之二十", 20, null, "%", "=");
		assertQuantity("占全省的 1/4", 25, null, "%", "=");
		assertQuantity("能耗下降１２％", 12, null, "%", "=");
	}

	@Test
	void countsScaledBy万UnlessTheUnitCarriesIt() {
		assertQuantity("市场主体突破1.2万家", 12000, null, "家", ">");
		assertQuantity("新建厂房1.5万平方米", 1.5, null, "万平方米", "=");
		assertQuantity("吸纳就业3万人", 30000, null, "人", "=");
		assertQuantity("海外侨胞近26万", 260000, null, null, "about");
		assertQuantity("营业收入45.6亿元", 45.6, null, "亿元", "=");
		// 亿 with no unit after it counts money; a bare magnitude written in words is a size class
		assertQuantity("技术合同成交额 180 亿", 180, null, "亿元", "=");
		assertQuantity("打造千亿产业集群", 1000, null, "亿元", ">=");
		assertQuantity("营收过千亿", 1000, null, "亿元", ">");
	}

	@Test
	void chineseNumeralsAndApproximateCounts() {
		assertQuantity("培育十五家链主企业", 15, null, "家", "=");
		assertQuantity("集聚百余家孵化机构", 100, null, "家", ">");
		assertQuantity("举办各类活动 40 余场", 40, null, "场", ">");
		assertQuantity("引进专家 300 多名", 300, null, "名", ">");
		assertQuantity("建设千亿级新材料产业集群", 1000, null, "亿元", ">=");
		assertQuantity("服务半径约 6.5 平方公里", 6.5, null, "平方公里", "about");
	}

	@Test
	void rangesKeepBothEnds() {
		assertQuantity("建设3-5家示范园", 3, 5.0, "家", "=");
		assertQuantity("每年新增2至3个中试平台", 2, 3.0, "个", "=");
		assertQuantity("增长8%-10%", 8, 10.0, "%", "=");
	}

	@Test
	void aYearAfterAFigureIsNoRange() {
		String text = "比重由45.1%至2025年的52%";
		String half = ChineseNumbers.toHalfWidth(text);
		List<Quantity> found = this.parser.find(half, 0, half.length());
		assertThat(found).extracting(Quantity::value).contains(45.1, 52.0);
		assertThat(found).filteredOn(q -> q.value() == 45.1).first().extracting(Quantity::valueHigh).isNull();
	}

	@Test
	void aPageBreakBetween亿And元StillGives亿元() {
		assertQuantity("总投资超 80 亿\n\n元", 80, null, "亿元", ">");
	}

	@Test
	void wordsThatMerelyStartWithAUnitAreNoUnit() {
		String half = ChineseNumbers.toHalfWidth("联合12部门开展整治");
		assertThat(this.parser.find(half, 0, half.length())).allSatisfy(q -> assertThat(q.unit()).isNull());
	}

	@Test
	void setPhrasesStateFiguresWithoutDigits() {
		assertQuantity("首台套产品实现零的突破", 0, null, null, ">");
		String half = "重点产业均实现两位数增长";
		assertThat(this.parser.find(half, 0, half.length())).filteredOn(Quantity::idiom)
			.extracting(Quantity::value, Quantity::unit, Quantity::comparator)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(10.0, "%", ">="));
	}

}
