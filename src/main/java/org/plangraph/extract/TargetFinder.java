package org.plangraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.plangraph.document.ChineseNumbers;
import org.plangraph.document.DocumentKind;
import org.plangraph.document.PlanDocument;
import org.plangraph.document.Section;

/**
 * Finds quantified statements: every figure with a unit ({@link QuantityParser}) that is not a year, date, ordinal,
 * rank, code or list label, with the year it is for and whether the plan sets it (TARGET) or reports it (BASELINE).
 * <p>
 * Year: the nearest year word before the figure in its sentence (由2015年的…提升到2020年的…, 截至2020年底); for
 * average growth rates the planning period the passage speaks of (“十三五”期间 → 2020); in a dated goal section its
 * heading's year (“十四五”发展目标 → 2025). Kind: a strong cue (已, 截至, 现有) decides; else a year before the
 * document's own year is a baseline and a later one a target; else the part's role (goals and tasks set figures,
 * background reports them); else weak cues (累计 / 力争, 打造); else the document kind.
 */
final class TargetFinder {

	private static final String CLAUSE_STOPS = "，,；;。！？!?：:\n（）()";

	private static final String SENTENCE_STOPS = "。！？!?\n";

	private static final String VERB_BEFORE_COUNT = "等共计有了为是达至到过超逾约近增减降升长和及与在占新余";

	private static final java.util.regex.Pattern DOC_NUMBER_YEAR = java.util.regex.Pattern
		.compile("[〔\\[［【(（]((?:19|20)\\d{2})[〕\\]］】)）]");

	private static final Set<String> QUALIFIER_ENDS = Set.of("以上", "以下", "以内");

	private static final Set<String> LISTING_UNITS = Set.of("个", "家", "项", "所", "条", "座", "类", "种");

	private record Cue(String word, TargetKind kind, boolean strong) {
	}

	private final QuantityParser parser;

	private final YearWords years;

	private final List<Cue> cues = new ArrayList<>();

	private final Set<String> countLabels = new HashSet<>();

	TargetFinder(VocabularyFiles vocabularies, QuantityParser parser, YearWords years) {
		this.parser = parser;
		this.years = years;
		for (CSVRecord r : vocabularies.csv("target-cues.csv")) {
			this.cues.add(new Cue(r.get("cue").strip(), TargetKind.valueOf(r.get("kind").strip()),
					"strong".equals(r.get("strength").strip())));
		}
		this.countLabels.addAll(vocabularies.lines("count-labels.txt"));
		List<String> verbs = new ArrayList<>(vocabularies.lines("metric-verbs.txt"));
		verbs.sort((a, b) -> b.length() - a.length());
		this.metricVerbs = List.copyOf(verbs);
	}

	private final List<String> metricVerbs;

	List<Target> find(PlanDocument document, PlanRegions regions) {
		String text = document.text();
		String half = ChineseNumbers.toHalfWidth(text);
		List<YearWords.Mention> mentions = this.years.find(text, 0, text.length());
		Integer reference = referenceYear(document);
		Integer periodEnd = periodEnd(document);
		List<Target> targets = new ArrayList<>();
		for (int[] line : PlanRegions.lines(text)) {
			if (line[1] - line[0] < 2) {
				continue;
			}
			List<Quantity> quantities = this.parser.find(half, line[0], line[1]);
			for (int qi = 0; qi < quantities.size(); qi++) {
				Quantity q = quantities.get(qi);
				if (!isTarget(half, q, line[0]) || qualifiesTheNext(half, q, qi + 1 < quantities.size() ? quantities.get(qi + 1) : null)) {
					continue;
				}
				PlanRegions.Region region = regions.regionAt(q.numberStart());
				int clauseStart = backTo(text, q.start(), line[0], CLAUSE_STOPS);
				int clauseEnd = forwardTo(text, q.end(), line[1], CLAUSE_STOPS);
				int sentenceStart = backTo(text, q.start(), line[0], SENTENCE_STOPS);
				String clauseBefore = text.substring(clauseStart, q.start());
				Integer year = year(text, q, mentions, sentenceStart, line[0], region, clauseBefore, reference,
						periodEnd);
				TargetKind kind = kind(text, q, sentenceStart, clauseBefore, year, reference, region, document);
				String metric = metric(text, clauseStart, q.start(), line[0]);
				if (onlyVerbs(metric)) {
					// 加快建设450个年度省市重大项目: what is counted is written after the figure
					metric = metric + objectAfter(text, q.end(), clauseEnd);
				}
				Section section = sectionAt(document.sections(), q.numberStart());
				Evidence evidence = Evidence.of(text, trimStart(text, clauseStart, clauseEnd), clauseEnd, "quantity");
				Integer classes = countOfSizeClass(half, q, line[0]);
				if (classes != null) {
					// 三大千亿级产业集群: three clusters, each of a thousand 亿元 or more
					targets.add(new Target(NodeIds.target(document.id(), targets.size() + 1), metric,
							classes.doubleValue(), null, null, "=", year, kind, evidence.quote(),
							section == null ? null : section.code(), null, evidence));
				}
				targets.add(new Target(NodeIds.target(document.id(), targets.size() + 1), metric, q.value(), q.valueHigh(),
						q.unit(), q.comparator(), year, kind, evidence.quote(), section == null ? null : section.code(),
						null, evidence));
			}
		}
		return targets;
	}

	/** Rejects years, dates, ordinals, ranks, codes and counts that only label a list. */
	private boolean isTarget(String half, Quantity q, int lineStart) {
		if (q.idiom()) {
			return true;
		}
		char before = q.numberStart() > lineStart ? half.charAt(q.numberStart() - 1) : '\n';
		char after = q.numberEnd() < half.length() ? half.charAt(q.numberEnd()) : '\n';
		if (isAsciiLetter(before) || before == '-' || before == '+' || before == '.' || before == '/'
				|| Character.isDigit(before) || isAsciiLetter(after) || after == '+') {
			return false;
		}
		if (before == '第' || before == '前' || before == '之') {
			return false;
		}
		boolean frequency = half.substring(Math.max(lineStart, q.numberStart() - 5), q.numberStart()).contains("每");
		if (q.chinese() && q.value() < 10 && !"年".equals(q.unit()) && !frequency) {
			// 两个市场, 四张清单, 零部件: small counts in Chinese numerals name things rather than measure them
			return false;
		}
		int sentenceStart = backTo(half, q.numberStart(), lineStart, SENTENCE_STOPS);
		String sentenceBefore = half.substring(sentenceStart, q.numberStart());
		if (sentenceBefore.lastIndexOf('《') > sentenceBefore.lastIndexOf('》')) {
			return false;
		}
		if (q.end() < half.length() && Character.isIdeographic(half.charAt(q.end())) && !"=".equals(q.comparator())
				&& QUALIFIER_ENDS.contains(half.substring(q.end() - 2, q.end())) && isMeasure(q.unit())) {
			// 年交易额1000万元以上企业, 5000元以内的商品: a threshold that qualifies what follows
			return false;
		}
		if (sentenceBefore.lastIndexOf('“') > sentenceBefore.lastIndexOf('”')) {
			// inside a quoted slogan or label (“三个千亿”, “20+4+4+1”)
			return false;
		}
		if (q.unit() == null) {
			// a bare number counts only when written with 万 (33万华侨)
			int at = q.numberEnd();
			while (at < half.length() && half.charAt(at) == ' ') {
				at++;
			}
			return at < half.length() && half.charAt(at) == '万';
		}
		if (q.unit().equals("年")) {
			String pre = half.substring(Math.max(lineStart, q.numberStart() - 2), q.numberStart()).strip();
			boolean duration = pre.endsWith("连续") || pre.endsWith("用") || ">".equals(q.comparator());
			return duration && q.value() < 100;
		}
		if (LISTING_UNITS.contains(q.unit())) {
			int unitEnd = q.numberEnd();
			while (unitEnd < half.length() && (half.charAt(unitEnd) == ' ' || half.charAt(unitEnd) == '余'
					|| half.charAt(unitEnd) == '多')) {
				unitEnd++;
			}
			unitEnd += q.unit().length();
			for (String label : this.countLabels) {
				if (half.startsWith(label, unitEnd)) {
					return false;
				}
			}
			String pre = half.substring(Math.max(lineStart, q.numberStart() - 4), q.numberStart());
			if (pre.endsWith("以下") || pre.endsWith("下列") || pre.endsWith("如下")) {
				return false;
			}
			int clauseStart = backTo(half, q.numberStart(), lineStart, CLAUSE_STOPS);
			char prev = lastNonSpace(half, clauseStart, q.numberStart());
			if ("=".equals(q.comparator()) && q.start() == q.numberStart() && Character.isIdeographic(prev)
					&& VERB_BEFORE_COUNT.indexOf(prev) < 0
					&& half.substring(clauseStart, q.numberStart()).indexOf('、') >= 0) {
				return false;
			}
		}
		return true;
	}

	private static final java.util.regex.Pattern COUNT_OF_CLASS = java.util.regex.Pattern
		.compile("([一二三四五六七八九十两]{1,3})大$");

	/** The count in 三大千亿级…: a number of things of a size class; {@code null} when there is none. */
	private static Integer countOfSizeClass(String half, Quantity q, int lineStart) {
		if (half.charAt(q.end() - 1) != '级') {
			return null;
		}
		java.util.regex.Matcher m = COUNT_OF_CLASS.matcher(half.substring(Math.max(lineStart, q.start() - 4), q.start()));
		return m.find() ? (int) ChineseNumbers.parse(m.group(1)) : null;
	}

	/** 百亿级企业3家: a size class that only qualifies the figure after it in the same clause. */
	private static boolean qualifiesTheNext(String half, Quantity q, Quantity next) {
		if (next == null || half.charAt(q.end() - 1) != '级') {
			return false;
		}
		return forwardTo(half, q.end(), next.start(), CLAUSE_STOPS) >= next.start();
	}

	private Integer year(String text, Quantity q, List<YearWords.Mention> mentions, int sentenceStart, int lineStart,
			PlanRegions.Region region, String clauseBefore, Integer reference, Integer periodEnd) {
		YearWords.Mention nearest = null;
		YearWords.Mention lastRangeInPassage = null;
		int passageStart = region != null ? Math.max(region.start(), 0) : lineStart;
		String lead = clauseBefore + text.substring(q.numberStart(), Math.min(text.length(), q.end()));
		boolean rate = lead.contains("年均") || lead.contains("增速") || lead.contains("增长") || lead.contains("增幅");
		for (YearWords.Mention m : mentions) {
			if (m.end() > q.numberStart()) {
				break;
			}
			// a past period (“十三五”期间) dates only average rates over it; other figures in its sentence are undated
			boolean pastPeriod = m.range() && reference != null && m.year() < reference;
			if (m.start() >= sentenceStart && !qualifiesOnlyItsParenthesis(text, m, q.numberStart())
					&& (rate || !pastPeriod)) {
				nearest = m;
			}
			if (m.range() && m.start() >= Math.min(passageStart, lineStart)) {
				lastRangeInPassage = m;
			}
		}
		if (nearest != null) {
			return nearest.year();
		}
		if (reference != null) {
			String sentenceBefore = text.substring(sentenceStart, q.numberStart());
			if (sentenceBefore.contains("今年") || sentenceBefore.contains("本年")) {
				return reference;
			}
			if (sentenceBefore.contains("去年") || sentenceBefore.contains("上年")) {
				return reference - 1;
			}
			if (sentenceBefore.contains("明年")) {
				return reference + 1;
			}
		}
		if (lastRangeInPassage != null && rate) {
			return lastRangeInPassage.year();
		}
		if (region != null && region.year() != null) {
			return region.year();
		}
		if (region != null && region.role() == SectionRole.GOAL) {
			YearWords.Mention inParagraph = null;
			for (YearWords.Mention m : mentions) {
				if (m.end() > q.numberStart()) {
					break;
				}
				if (m.start() >= lineStart) {
					inParagraph = m;
				}
			}
			if (inParagraph != null) {
				return inParagraph.year();
			}
			int sentenceEnd = forwardTo(text, q.end(), text.length(), SENTENCE_STOPS);
			for (YearWords.Mention m : mentions) {
				if (m.start() >= q.end() && m.end() <= sentenceEnd && !m.range()) {
					return m.year();
				}
			}
			return periodEnd;
		}
		return null;
	}

	/** 远超2015年（7093件）：the year dates the figure in its parenthesis, not the figures after it. */
	private static boolean qualifiesOnlyItsParenthesis(String text, YearWords.Mention m, int figure) {
		int i = m.end();
		while (i < figure && text.charAt(i) == ' ') {
			i++;
		}
		if (i >= figure || text.charAt(i) != '（' && text.charAt(i) != '(') {
			return false;
		}
		int close = forwardTo(text, i, figure, "）)");
		return close < figure;
	}

	private TargetKind kind(String text, Quantity q, int sentenceStart, String clauseBefore, Integer year,
			Integer reference, PlanRegions.Region region, PlanDocument document) {
		String sentenceBefore = text.substring(sentenceStart, q.start());
		for (Cue cue : this.cues) {
			if (cue.strong() && sentenceBefore.contains(cue.word())) {
				return cue.kind();
			}
		}
		if (year != null && reference != null) {
			return year < reference ? TargetKind.BASELINE : TargetKind.TARGET;
		}
		SectionRole role = region == null ? null : region.role();
		if (role == SectionRole.GOAL || role == SectionRole.TASK || role == SectionRole.SAFEGUARD) {
			return TargetKind.TARGET;
		}
		if (role == SectionRole.BACKGROUND || role == SectionRole.CONTEXT || role == SectionRole.ANNEX) {
			return TargetKind.BASELINE;
		}
		Cue closest = null;
		int closestAt = -1;
		for (Cue cue : this.cues) {
			int at = clauseBefore.lastIndexOf(cue.word());
			if (!cue.strong() && at >= 0 && at + cue.word().length() > closestAt) {
				closest = cue;
				closestAt = at + cue.word().length();
			}
		}
		if (closest != null) {
			return closest.kind();
		}
		int clauseEnd = forwardTo(text, q.end(), text.length(), CLAUSE_STOPS);
		String clauseAfter = text.substring(q.end(), clauseEnd);
		for (Cue cue : this.cues) {
			int at = clauseAfter.indexOf(cue.word());
			if (!cue.strong() && at >= 0 && (closest == null || at < closestAt)) {
				closest = cue;
				closestAt = at;
			}
		}
		if (closest != null) {
			return closest.kind();
		}
		DocumentKind kind = document.metadata().kind();
		return kind == DocumentKind.PLAN || kind == DocumentKind.SCHEME ? TargetKind.TARGET : TargetKind.BASELINE;
	}

	/** The plan's words before the figure: its clause without year words and comparator. */
	private String metric(String text, int clauseStart, int figureStart, int lineStart) {
		String m = clean(text.substring(clauseStart, figureStart));
		boolean relative = m.isEmpty() || RELATIVE_METRIC.matcher(m).lookingAt();
		if (relative && clauseStart > lineStart) {
			// 产业规模突破150亿元，年均增长20%: the growth is the previous clause's subject's
			int previousStart = backTo(text, clauseStart - 1, lineStart, CLAUSE_STOPS);
			String previous = text.substring(previousStart, clauseStart - 1);
			int figure = 0;
			while (figure < previous.length() && !Character.isDigit(previous.charAt(figure))) {
				figure++;
			}
			String subject = clean(previous.substring(0, figure));
			m = subject + m;
		}
		return m;
	}

	/** Whether a metric is only action verbs from {@code metric-verbs.txt} (推动, 加快建设, 推进实施). */
	private boolean onlyVerbs(String metric) {
		if (metric.isEmpty()) {
			return false;
		}
		String rest = metric;
		boolean progress = true;
		while (!rest.isEmpty() && progress) {
			progress = false;
			for (String verb : this.metricVerbs) {
				if (rest.startsWith(verb)) {
					rest = rest.substring(verb.length());
					progress = true;
					break;
				}
			}
		}
		return rest.isEmpty();
	}

	/** The words after a figure's unit up to its clause's end or the next list item, at most 20 characters. */
	private static String objectAfter(String text, int from, int clauseEnd) {
		int end = from;
		while (end < clauseEnd && end - from < 20 && "、，,；;。".indexOf(text.charAt(end)) < 0) {
			end++;
		}
		return SPACES.matcher(text.substring(from, end)).replaceAll("").strip();
	}

	private static final java.util.regex.Pattern RELATIVE_METRIC = java.util.regex.Pattern
		.compile("年均|增长|增速|同比|比上年|较上年|提高|下降|占");

	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s　]+");

	private static final java.util.regex.Pattern LEADING_YEAR = java.util.regex.Pattern.compile(
			"^(?:到|至|截至|截止|在|力争)?\\s*(?:(?:19|20)\\d{2}\\s*年(?:底|末|前)?|[“\"]?十[一二三四五六]五[”\"]?(?:期间|时期|期末|末)?)\\s*");

	private static final java.util.regex.Pattern TRAILING_VERB = java.util.regex.Pattern
		.compile("(?:达到|达|为|是|的|了|有|累计|共|计|超过|超|不低于|不少于|约|近|突破|增至|提升至)+\\s*$");

	private static String clean(String s) {
		String m = SPACES.matcher(s).replaceAll(" ").strip();
		m = LEADING_YEAR.matcher(m).replaceFirst("");
		m = TRAILING_VERB.matcher(m).replaceFirst("");
		return m.strip();
	}

	/** The last year of the period a plan covers (2021-2025 → 2025): the horizon of its undated goals. */
	static Integer periodEnd(PlanDocument document) {
		String period = document.metadata().period();
		if (period != null && period.matches("\\d{4}-\\d{4}")) {
			return Integer.valueOf(period.substring(5));
		}
		return null;
	}

	/** The year the document speaks from: its date, else its period's first year, else its number's year. */
	static Integer referenceYear(PlanDocument document) {
		String issued = document.metadata().issuedOn();
		if (issued != null && issued.length() >= 4) {
			return Integer.valueOf(issued.substring(0, 4));
		}
		String period = document.metadata().period();
		if (period != null && period.length() >= 4 && Character.isDigit(period.charAt(0))) {
			return Integer.valueOf(period.substring(0, 4));
		}
		String number = document.metadata().docNumber();
		java.util.regex.Matcher year = number == null ? null : DOC_NUMBER_YEAR.matcher(number);
		return year != null && year.find() ? Integer.valueOf(year.group(1)) : null;
	}

	static Section sectionAt(List<Section> sections, int offset) {
		Section found = null;
		for (Section s : sections) {
			if (s.start() > offset) {
				break;
			}
			found = s;
		}
		return found;
	}

	static int backTo(String text, int from, int floor, String stops) {
		int i = from;
		while (i > floor && stops.indexOf(text.charAt(i - 1)) < 0) {
			i--;
		}
		return i;
	}

	static int forwardTo(String text, int from, int ceiling, String stops) {
		int i = from;
		while (i < ceiling && stops.indexOf(text.charAt(i)) < 0) {
			i++;
		}
		return i;
	}

	private static int trimStart(String text, int start, int end) {
		int i = start;
		while (i < end && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static char lastNonSpace(String text, int from, int to) {
		for (int i = to - 1; i >= from; i--) {
			if (text.charAt(i) != ' ' && text.charAt(i) != '\u3000') {
				return text.charAt(i);
			}
		}
		return '\n';
	}

	private static boolean isMeasure(String unit) {
		return unit.endsWith("元") || unit.endsWith("米") || unit.endsWith("公里") || unit.endsWith("亩")
				|| unit.endsWith("公顷") || unit.endsWith("吨") || unit.equals("%") || unit.endsWith("亿");
	}

	private static boolean isAsciiLetter(char c) {
		return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
	}

}
