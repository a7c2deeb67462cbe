package org.plangraph.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads title, document number, kind, date, period and issuers from the opening (and signature) of a plan. The rules
 * follow the layout of Chinese official documents (GB/T 9704): issuer line ("…文件"), number line (…〔2021〕5号),
 * covering notice (关于印发《…》的通知), signature and date; work reports start with 各位代表.
 */
public final class MetadataReader {

	private static final int HEADER_LINES = 40;

	private static final Pattern DOC_NUMBER = Pattern
		.compile("^[\\p{IsHan}A-Za-z]{1,16}\\s*[〔\\[［【(（]\\s*((?:19|20)\\d{2})\\s*[〕\\]］】)）]\\s*第?\\s*(\\d{1,4})\\s*号$");

	private static final Pattern DATE = Pattern
		.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

	private static final Pattern CHINESE_DATE = Pattern
		.compile("([〇零一二三四五六七八九○Ｏ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");

	private static final Pattern QUOTED_TITLE = Pattern.compile("关于(?:印发|发布|转发)?《([^》]{2,80})》");

	private static final Pattern NOTICE_TITLE = Pattern.compile("关于(?:印发|发布|转发)(.{2,80}?)的通知");

	private static final Pattern TITLE_WORD = Pattern.compile(
			"(规划|纲要|方案|计划|意见|措施|办法|要点|通知|答复|复函|报告|决定|条例|细则|政策|清单|指南|建议)(（[^）]*）)?$");

	private static final Pattern ISSUER_SHAPE = Pattern.compile(
			"^(中共)?[\\p{IsHan}（）()]{2,40}(人民政府|政府|委员会|办公室|办公厅|管理委员会|管委会|厅|局|委|部|署|院|中心|党委|市委|区委|县委|省委|人大常委会|政协)(文件)?$");

	private static final Pattern PERIOD_RANGE = Pattern
		.compile("((?:19|20)\\d{2})\\s*[-—–－~～至到]\\s*((?:19|20)\\d{2})\\s*年");

	private static final Pattern FIVE_YEAR = Pattern.compile("([十二三四五六七八九]{2,3})五");

	private static final Pattern YEARS_PLAN = Pattern.compile("([一二三四五两]|\\d)年行动");

	private static final Pattern REPORT_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?:政府)?(?:工作|主要任务|重点工作)");

	private static final Pattern REPRESENT = Pattern.compile("我代表([\\p{IsHan}]{0,20}人民政府)");

	public DocumentMetadata read(String text, List<Section> outline) {
		List<Line> lines = lines(text);
		int headerEnd = Math.min(lines.size(), HEADER_LINES);
		if (!outline.isEmpty()) {
			int firstHeading = outline.get(0).start();
			int i = 0;
			while (i < headerEnd && lines.get(i).start() < firstHeading) {
				i++;
			}
			headerEnd = Math.max(1, i);
		}
		List<Line> header = lines.subList(0, headerEnd);

		String docNumber = null;
		int docNumberLine = -1;
		for (int i = 0; i < header.size(); i++) {
			Matcher m = DOC_NUMBER.matcher(header.get(i).text());
			if (m.matches()) {
				docNumber = header.get(i).text().replaceAll("\\s+", "");
				docNumberLine = i;
				break;
			}
		}
		String title = title(header, text);
		DocumentKind kind = kind(title, text);
		String issuedOn = issuedOn(header, lines);
		List<String> issuers = issuers(header, docNumberLine, text);
		String period = period(title, headerText(text, header), kind, issuedOn, text);
		return new DocumentMetadata(title, docNumber, kind, issuedOn, period, issuers);
	}

	private static String title(List<Line> header, String text) {
		for (Line line : header) {
			Matcher quoted = QUOTED_TITLE.matcher(line.text());
			if (quoted.find()) {
				return squeeze(quoted.group(1));
			}
		}
		for (Line line : header) {
			Matcher notice = NOTICE_TITLE.matcher(line.text());
			if (notice.find()) {
				return squeeze(notice.group(1));
			}
		}
		for (Line line : header) {
			String t = stripTrailingDate(line.text());
			if (t.length() >= 4 && t.length() <= 100 && TITLE_WORD.matcher(t).find() && !t.endsWith("文件")
					&& !t.contains("。")) {
				return squeeze(t);
			}
		}
		if (text.strip().startsWith("各位代表")) {
			Matcher m = REPRESENT.matcher(text.substring(0, Math.min(text.length(), 500)));
			String who = m.find() && m.group(1).length() > "人民政府".length() ? m.group(1) : "";
			return who + "政府工作报告";
		}
		for (Line line : header) {
			String t = line.text();
			if (t.length() >= 2 && t.length() <= 100 && !DATE.matcher(t).find()) {
				return squeeze(t.replaceFirst("^\\d+(\\.\\d+)*\\s+", ""));
			}
		}
		return "未命名文件";
	}

	private static String stripTrailingDate(String line) {
		return line.replaceFirst("[（(]\\s*(?:19|20)\\d{2}\\s*年[^）)]*[）)]$", "").strip();
	}

	private static String squeeze(String s) {
		return s.replaceAll("[\\s　]+", "").strip();
	}

	private static DocumentKind kind(String title, String text) {
		if (title.matches(".*(答复|复函)$") || text.contains("代表建议") && text.contains("答复如下")) {
			return DocumentKind.REPLY;
		}
		if (title.matches(".*(规划|纲要)(（[^）]*）)?$")) {
			return DocumentKind.PLAN;
		}
		if (title.matches(".*(方案|计划|意见|措施|办法|要点|细则|清单)(（[^）]*）)?$")) {
			return DocumentKind.SCHEME;
		}
		if (title.contains("报告") || text.strip().startsWith("各位代表")) {
			return DocumentKind.REPORT;
		}
		return DocumentKind.OTHER;
	}

	private static String issuedOn(List<Line> header, List<Line> lines) {
		for (Line line : header) {
			Matcher m = DATE.matcher(line.text());
			if (m.find() && (m.start() == 0 || line.text().matches(".*[（(]\\s*(?:19|20)\\d{2}\\s*年.*日\\s*[）)]$"))) {
				return iso(m.group(1), m.group(2), m.group(3));
			}
			Matcher cn = CHINESE_DATE.matcher(line.text());
			if (cn.matches()) {
				return iso(chineseYear(cn.group(1)), String.valueOf(ChineseNumbers.parseInt(cn.group(2))),
						String.valueOf(ChineseNumbers.parseInt(cn.group(3))));
			}
		}
		for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 15); i--) {
			String t = lines.get(i).text();
			Matcher m = DATE.matcher(t);
			if (m.find() && m.start() == 0 && t.length() <= m.end() + 4) {
				return iso(m.group(1), m.group(2), m.group(3));
			}
		}
		return null;
	}

	private static String chineseYear(String digits) {
		StringBuilder sb = new StringBuilder();
		for (char c : digits.toCharArray()) {
			sb.append(switch (c) {
				case '〇', '零', '○', 'Ｏ' -> '0';
				default -> (char) ('0' + ChineseNumbers.parseInt(String.valueOf(c)));
			});
		}
		return sb.toString();
	}

	private static String iso(String year, String month, String day) {
		int m = Integer.parseInt(month);
		int d = Integer.parseInt(day);
		if (m < 1 || m > 12 || d < 1 || d > 31) {
			return null;
		}
		return String.format("%s-%02d-%02d", year, m, d);
	}

	private static List<String> issuers(List<Line> header, int docNumberLine, String text) {
		Set<String> issuers = new LinkedHashSet<>();
		for (int i = 0; i < Math.max(0, docNumberLine); i++) {
			addIssuer(issuers, header.get(i).text());
		}
		for (Line line : header) {
			Matcher m = Pattern.compile("^(.{2,60}?)关于").matcher(line.text());
			if (m.find()) {
				splitIssuers(m.group(1)).forEach(s -> addIssuer(issuers, s));
				break;
			}
		}
		for (int i = 1; i < header.size(); i++) {
			if (DATE.matcher(header.get(i).text()).lookingAt()) {
				for (int j = i - 1; j >= 0 && ISSUER_SHAPE.matcher(header.get(j).text()).matches(); j--) {
					addIssuer(issuers, header.get(j).text());
				}
				break;
			}
		}
		if (issuers.isEmpty() && text.strip().startsWith("各位代表")) {
			Matcher m = REPRESENT.matcher(text.substring(0, Math.min(text.length(), 500)));
			if (m.find() && m.group(1).length() > "人民政府".length()) {
				issuers.add(m.group(1));
			}
		}
		return new ArrayList<>(issuers);
	}

	/** Splits joint issuers written together, e.g. 中共延安市委延安市人民政府. */
	private static List<String> splitIssuers(String joined) {
		List<String> parts = new ArrayList<>();
		Matcher m = Pattern.compile("(中共)?.+?(人民政府办公室|人民政府办公厅|人民政府|委员会|办公室|办公厅|管理委员会|管委会|市委|区委|县委|省委|厅|局)")
			.matcher(joined.replaceAll("[\\s　、，]+", ""));
		int end = 0;
		while (m.find()) {
			parts.add(m.group());
			end = m.end();
		}
		if (parts.isEmpty() || end < joined.replaceAll("[\\s　、，]+", "").length()) {
			return List.of(joined.strip());
		}
		return parts;
	}

	private static void addIssuer(Set<String> issuers, String raw) {
		String t = squeeze(raw);
		if (t.endsWith("文件")) {
			t = t.substring(0, t.length() - 2);
		}
		if (ISSUER_SHAPE.matcher(t).matches() && t.length() <= 40) {
			issuers.add(t);
		}
	}

	private static String headerText(String text, List<Line> header) {
		Line last = header.get(header.size() - 1);
		return text.substring(0, last.start() + last.text().length());
	}

	private static String period(String title, String header, DocumentKind kind, String issuedOn, String text) {
		Matcher range = PERIOD_RANGE.matcher(title);
		if (range.find()) {
			return range.group(1) + "-" + range.group(2);
		}
		Matcher five = FIVE_YEAR.matcher(title);
		if (five.find()) {
			int n = ChineseNumbers.parseInt(five.group(1));
			if (n >= 11 && n <= 20) {
				// 十一五 was 2006-2010; every plan since has run five years.
				int start = 2006 + (n - 11) * 5;
				return start + "-" + (start + 4);
			}
		}
		Matcher years = YEARS_PLAN.matcher(title);
		if (years.find() && issuedOn != null) {
			int n = Character.isDigit(years.group(1).charAt(0)) ? Integer.parseInt(years.group(1))
					: ChineseNumbers.parseInt(years.group(1));
			int start = Integer.parseInt(issuedOn.substring(0, 4));
			return start + "-" + (start + n - 1);
		}
		Matcher head = PERIOD_RANGE.matcher(header);
		if (kind != DocumentKind.REPORT && head.find()) {
			return head.group(1) + "-" + head.group(2);
		}
		if (kind == DocumentKind.REPORT) {
			Matcher year = REPORT_YEAR.matcher(text);
			int best = -1;
			while (year.find()) {
				best = Math.max(best, Integer.parseInt(year.group(1)));
			}
			if (best > 0) {
				return String.valueOf(best);
			}
		}
		return null;
	}

	private static List<Line> lines(String text) {
		List<Line> lines = new ArrayList<>();
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			String line = text.substring(start, end).strip();
			if (!line.isEmpty()) {
				lines.add(new Line(line, start));
			}
			start = end + 1;
		}
		return lines;
	}

	private record Line(String text, int start) {
	}

}
