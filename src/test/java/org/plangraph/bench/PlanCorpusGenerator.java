package org.plangraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes N plan-like documents in the seeds' style: a covering notice, 发展基础 with baselines, 发展目标 with
 * quantified targets, 主要任务 with numbered tasks (half of them with responsibility brackets), 保障措施. Actor names
 * are composed from syllable lists, so most are not in any gazetteer. Deterministic: the same N and seed give the
 * same files, byte for byte.
 */
public final class PlanCorpusGenerator {

	private static final String[] PLACES = { "东湖", "星河", "云岭", "青溪", "北辰", "南屏", "临江", "金沙", "翠屏", "望海",
			"龙泉", "锦城", "玉泉", "松岗", "梅林", "柳岸", "石门", "凤凰", "白鹭", "紫荆", "银杏", "丹霞", "秀水", "长岭", "新桥",
			"平湖", "西溪", "滨湖", "澄江", "天府" };

	private static final String[] FIELDS = { "人工智能", "集成电路", "生物医药", "量子信息", "智能制造", "新能源汽车", "数字文化",
			"工业互联网", "区块链", "北斗导航", "类脑芯片", "新材料", "绿色低碳", "在线新经济", "低空经济", "元宇宙" };

	private static final String[] PLATFORM_SUFFIXES = { "研究院", "创新中心", "重点实验室", "孵化器", "公共服务平台", "技术转移中心",
			"产业创新研究院", "联合实验室" };

	private static final String[] ZONE_SUFFIXES = { "科学城", "科技园", "产业园", "创新区", "街道", "滨江带", "数字港" };

	private static final String[] AGENCIES = { "区发展改革委", "区科委", "区经济信息化委", "区商务委", "区财政局", "区人力资源社会保障局",
			"区市场监管局", "区规划资源局", "区投资促进办", "区教育局" };

	private static final String[] METRICS = { "高新技术企业数量", "研发经费投入强度", "每万人发明专利拥有量", "技术合同成交额", "数字经济核心产业增加值",
			"新增孵化面积", "科技型中小企业数量", "独角兽企业数量", "规上工业总产值", "新增高层次人才" };

	private static final String[] UNITS = { "家", "%", "件", "亿元", "亿元", "万平方米", "家", "家", "亿元", "人" };

	private static final String[] VERBS = { "达到", "超过", "不低于", "力争达到", "突破" };

	private final Random random;

	private final int index;

	private final String district;

	private final String city;

	private final int year;

	private final StringBuilder text = new StringBuilder();

	private PlanCorpusGenerator(long seed, int index) {
		this.random = new Random(seed * 1_000_003L + index);
		this.index = index;
		this.city = pick(PLACES) + "市";
		this.district = pick(PLACES) + "区";
		this.year = 2021 + this.random.nextInt(5);
	}

	/** Writes {@code count} files {@code gen-00000.txt…} into {@code dir}; returns their paths. */
	public static List<Path> write(Path dir, int count, long seed) throws IOException {
		Files.createDirectories(dir);
		List<Path> files = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Path file = dir.resolve(String.format("gen-%05d.txt", i));
			Files.writeString(file, new PlanCorpusGenerator(seed, i).document(), StandardCharsets.UTF_8);
			files.add(file);
		}
		return files;
	}

	/** One document's text. */
	public static String document(long seed, int index) {
		return new PlanCorpusGenerator(seed, index).document();
	}

	private String document() {
		String field = pick(FIELDS);
		String title = this.district + field + "产业发展“十四五”规划（第" + (this.index + 1) + "号）";
		line("");
		line(this.city + this.district + "人民政府文件");
		line("");
		line(this.district.charAt(0) + "府发〔" + this.year + "〕" + (this.index % 90 + 1) + "号");
		line("");
		line(this.city + this.district + "人民政府关于印发《" + title + "》的通知");
		line("");
		line("区政府各委、办、局，各街道办事处：");
		line("《" + title + "》已经区政府常务会议通过，现印发给你们，请认真按照执行。");
		line("");
		line(this.city + this.district + "人民政府");
		line(this.year + "年" + (1 + this.random.nextInt(12)) + "月" + (1 + this.random.nextInt(28)) + "日");
		line("");
		line(title);
		line("");
		line("为深入贯彻落实创新驱动发展战略，加快" + field + "产业高质量发展，结合本区实际，制定本规划。");
		line("");
		line("一、发展基础");
		line("");
		for (int i = 0; i < 2 + this.random.nextInt(3); i++) {
			line(baseline());
			line("");
		}
		line("二、发展目标");
		line("");
		line("（一）总体目标");
		line("");
		line("到2025年，" + this.district + field + "产业创新能级显著提升，初步建成具有全国影响力的" + field + "产业集聚区。" + target()
				+ target());
		line("");
		line("（二）具体目标");
		line("");
		for (int i = 1; i <= 3 + this.random.nextInt(3); i++) {
			line(i + ". " + pick(METRICS) + "稳步提升。" + target());
			line("");
		}
		line("三、主要任务");
		line("");
		String[] groups = { "（一）", "（二）", "（三）", "（四）", "（五）" };
		int groupCount = 3 + this.random.nextInt(3);
		for (int g = 0; g < groupCount; g++) {
			line(groups[g] + "提升" + pick(FIELDS) + "产业发展能级");
			line("");
			int tasks = 2 + this.random.nextInt(4);
			for (int t = 1; t <= tasks; t++) {
				line(t + ". " + taskTitle() + "。" + taskBody() + responsibility());
				line("");
				if (this.random.nextInt(4) == 0) {
					line("（1）" + taskTitle() + "。" + taskBody());
					line("");
					line("（2）" + taskTitle() + "。" + taskBody());
					line("");
				}
			}
		}
		line("四、保障措施");
		line("");
		line("（一）加强组织领导");
		line("");
		line("建立由区政府主要领导牵头的推进机制，" + pick(AGENCIES) + "负责统筹协调，定期评估规划实施情况。");
		line("");
		line("（二）强化资金保障");
		line("");
		line("发挥政府引导基金作用，每年安排专项资金不少于" + (1 + this.random.nextInt(9)) + "亿元，支持重点项目建设。");
		line("");
		return this.text.toString();
	}

	private String baseline() {
		return "截至2020年底，全区" + pick(METRICS) + "达到" + number() + pick(UNITS) + "，年均增长" + (3 + this.random.nextInt(15))
				+ "." + this.random.nextInt(10) + "%。" + platform() + "、" + university() + "等创新主体加快集聚，"
				+ firm() + "等龙头企业落户" + zone() + "。";
	}

	private String target() {
		int metric = this.random.nextInt(METRICS.length);
		return METRICS[metric] + pick(VERBS) + number() + UNITS[metric] + "，";
	}

	private String taskTitle() {
		return pick(new String[] { "建设", "培育", "打造", "完善", "推进" }) + pick(FIELDS)
				+ pick(new String[] { "创新平台", "产业集群", "应用场景", "服务体系", "人才高地" });
	}

	private String taskBody() {
		String field = pick(FIELDS);
		return switch (this.random.nextInt(4)) {
			case 0 -> "依托" + university() + "建设" + platform() + "，聚焦" + field + "关键核心技术攻关，服务" + field + "产业发展。";
			case 1 -> "支持" + firm() + "在" + zone() + "设立研发总部，集聚" + field + "上下游企业" + number() + "家以上。";
			case 2 -> "推动" + platform() + "与" + platform() + "协同创新，打造" + field + "公共服务平台，支撑" + zone() + "产业升级。";
			default -> "到" + (2023 + this.random.nextInt(3)) + "年，" + target() + "形成" + field + "产业发展新格局。";
		};
	}

	private String responsibility() {
		return switch (this.random.nextInt(4)) {
			case 0 -> "（责任单位：" + pick(AGENCIES) + "、" + pick(AGENCIES) + "）";
			case 1 -> "（" + pick(AGENCIES) + "牵头，" + pick(AGENCIES) + "配合）";
			default -> "";
		};
	}

	private String platform() {
		return pick(PLACES) + pick(FIELDS) + pick(PLATFORM_SUFFIXES);
	}

	private String university() {
		return pick(PLACES) + pick(new String[] { "大学", "理工大学", "科技大学", "师范大学" });
	}

	private String firm() {
		return pick(PLACES) + pick(FIELDS) + "科技有限公司";
	}

	private String zone() {
		return pick(PLACES) + pick(ZONE_SUFFIXES);
	}

	private String number() {
		return String.valueOf(10 + this.random.nextInt(990));
	}

	private String pick(String[] options) {
		return options[this.random.nextInt(options.length)];
	}

	private void line(String s) {
		this.text.append(s).append('\n');
	}

}
