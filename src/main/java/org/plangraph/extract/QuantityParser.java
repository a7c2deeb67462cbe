package org.plangraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.plangraph.document.ChineseNumbers;

/**
 * Reads figures: a number (Arabic, Chinese numerals, 1.5万, 百分之二十, 1/5, ranges 2-3 and 2至3), its unit from
 * {@code units.csv} and its comparator from {@code comparators.csv}. It knows nothing of years or list labels;
 * {@link TargetFinder} decides which figures are targets. Works on a half-width copy of the text, which has the same
 * length, so offsets are the document's.
 */
final class QuantityParser {

	private static final String ARABIC = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

	private static final String CHINESE = "[零〇两一二三四五六七八九十百千]+";

	private static final Pattern NUMBER = Pattern.compile("(?<percent>百分之(?<pct>" + CHINESE + "|" + ARABIC + "))"
			+ "|(?<frac>(?<fnum>\\d+)\\s*/\\s*(?<fden>\\d+)|(?<cden>" + CHINESE + ")分之(?<cnum>" + CHINESE + "))"
			+ "|(?<low>" + ARABIC + "|" + CHINESE + ")(?:\\s*%?\\s*[-~—–－～至]\\s*(?<high>" + ARABIC + "|" + CHINESE
			+ "))?");

	private record Unit(String written, String canonical, String notBefore) {
	}

	private record Word(String word, String comparator) {
	}

	private record Idiom(String phrase, double value, String unit, String comparator) {
	}

	private final List<Idiom> idioms = new ArrayList<>();

	private final List<Unit> units = new ArrayList<>();

	private final List<Word> before = new ArrayList<>();

	private final List<Word> between = new ArrayList<>();

	private final List<Word> after = new ArrayList<>();

	/** First characters of every unit and of every word that may stand between a number and its unit. */
	private final String followers;

	QuantityParser(VocabularyFiles vocabularies) {
		for (CSVRecord r : vocabularies.csv("units.csv")) {
			String canonical = r.get("canonical").strip();
			this.units.add(new Unit(r.get("unit").strip(), canonical.isEmpty() ? r.get("unit").strip() : canonical,
					r.get("notBefore").strip()));
		}
		this.units.sort(Comparator.comparingInt((Unit u) -> u.written().length()).reversed());
		Map<String, List<Word>> byPosition = new HashMap<>(
				Map.of("before", this.before, "between", this.between, "after", this.after));
		for (CSVRecord r : vocabularies.csv("comparators.csv")) {
			List<Word> list = byPosition.get(r.get("position").strip());
			if (list == null) {
				throw new IllegalArgumentException("comparators.csv line %d: position must be before, between or after"
					.formatted(r.getRecordNumber() + 1));
			}
			list.add(new Word(r.get("word").strip(), r.get("comparator").strip()));
		}
		for (List<Word> list : byPosition.values()) {
			list.sort(Comparator.comparingInt((Word w) -> w.word().length()).reversed());
		}
		for (CSVRecord r : vocabularies.csv("figure-idioms.csv")) {
			String unit = r.get("unit").strip();
			this.idioms.add(new Idiom(r.get("phrase").strip(), Double.parseDouble(r.get("value").strip()),
					unit.isEmpty() ? null : unit, r.get("comparator").strip()));
		}
		StringBuilder first = new StringBuilder();
		this.units.forEach(u -> first.append(u.written().charAt(0)));
		this.between.forEach(w -> first.append(w.word().charAt(0)));
		this.followers = first.toString();
	}

	/** The figures in {@code text[from, to)}; {@code text} must be half-width ({@link ChineseNumbers#toHalfWidth}). */
	List<Quantity> find(String text, int from, int to) {
		List<Quantity> found = new ArrayList<>();
		Matcher m = NUMBER.matcher(text);
		int i = from;
		while (i < to) {
			// try the pattern only where a number can start: running text is mostly not numbers
			if (!canStartNumber(text.charAt(i))) {
				i++;
				continue;
			}
			m.region(i, to);
			if (!m.lookingAt()) {
				i++;
				continue;
			}
			int consumed = m.end();
			Quantity q = read(text, m, to);
			if (q != null) {
				found.add(q);
				consumed = Math.max(q.numberEnd(), q.end());
			}
			else if (m.group("low") != null && m.group("high") != null) {
				consumed = m.end("low");
			}
			i = Math.max(consumed, i + 1);
		}
		for (Idiom idiom : this.idioms) {
			// bounded search: an unbounded indexOf would scan the rest of the document for every sentence
			for (int at = text.indexOf(idiom.phrase(), from, to); at >= 0
					&& at + idiom.phrase().length() <= to; at = text.indexOf(idiom.phrase(), at + 1, to)) {
				int end = at + idiom.phrase().length();
				found.add(new Quantity(at, at, end, end, idiom.value(), null, idiom.unit(), idiom.comparator(), false,
						true));
			}
		}
		if (!this.idioms.isEmpty()) {
			found.sort(Comparator.comparingInt(Quantity::numberStart));
		}
		return found;
	}

	private Quantity read(String text, Matcher m, int to) {
		try {
			if (m.group("percent") != null) {
				double v = number(m.group("pct"));
				return finish(text, m.start(), m.end(), v, null, "%", true, to);
			}
			if (m.group("frac") != null) {
				double v = m.group("fnum") != null
						? 100.0 * Double.parseDouble(m.group("fnum")) / Double.parseDouble(m.group("fden"))
						: 100.0 * number(m.group("cnum")) / number(m.group("cden"));
				if (Double.isInfinite(v) || v > 100) {
					return null;
				}
				return finish(text, m.start(), m.end(), round(v), null, "%", m.group("fnum") == null, to);
			}
			String low = m.group("low");
			boolean chinese = !Character.isDigit(low.charAt(0));
			if (m.group("high") == null && !mayFollow(text, skipSpaces(text, m.end(), to), to)) {
				// most numerals in running text (一批, 进一步) carry no unit: no need to parse them
				return null;
			}
			double value = number(low);
			Double high = m.group("high") == null ? null : number(m.group("high"));
			int numberEnd = m.end();
			if (high != null && (high <= value || yearLike(high) && !yearLike(value))) {
				// not a range (由81.6%至2020年, 2025-2023): the first number stands alone
				high = null;
				numberEnd = m.end("low");
			}
			return finish(text, m.start(), numberEnd, value, high, null, chinese, to);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private Quantity finish(String text, int numberStart, int numberEnd, double value, Double high, String knownUnit,
			boolean chinese, int to) {
		int at = skipSpaces(text, numberEnd, to);
		String comparator = null;
		Word mid = wordAt(text, at, to, this.between);
		if (mid != null && knownUnit == null) {
			comparator = mid.comparator();
			at = skipSpaces(text, at + mid.word().length(), to);
		}
		String unit = knownUnit;
		double scale = 1;
		boolean magnitudeClass = false;
		if (unit == null) {
			Unit u = unitAt(text, at, to);
			if (u == null && at < to && (text.charAt(at) == '万' || text.charAt(at) == '亿')) {
				scale = text.charAt(at) == '万' ? 10_000 : 100_000_000;
				int next = skipSpaces(text, at + 1, to);
				Word mid2 = wordAt(text, next, to, this.between);
				if (mid2 != null) {
					comparator = mid2.comparator();
					next = skipSpaces(text, next + mid2.word().length(), to);
				}
				u = unitAt(text, next, to);
				at = u == null ? at + 1 : next;
			}
			if (u != null) {
				unit = u.canonical();
				at += u.written().length();
				if (unit.endsWith("亿") && continuesWithYuan(text, at)) {
					// 总投资超 500 亿 / 元: a page break between the number and 元
					unit = unit + "元";
				}
				if (u.written().endsWith("级")) {
					comparator = comparator == null ? ">=" : comparator;
				}
				if (unit.endsWith("亿") && unitAt(text, skipSpaces(text, at, to), to) == null) {
					// 营收过千亿, 千亿产业集群: 亿 with no unit after it counts money
					unit = unit + "元";
					magnitudeClass = chinese && isRoundMagnitude(value * scale);
				}
			}
			else if (scale == 1) {
				at = numberEnd;
			}
		}
		else {
			at = numberEnd;
		}
		int end = at;
		Word post = wordAt(text, skipSpaces(text, at, to), to, this.after);
		if (post != null) {
			comparator = post.comparator();
			end = skipSpaces(text, at, to) + post.word().length();
		}
		int start = numberStart;
		Word pre = wordBefore(text, numberStart, this.before);
		if (pre != null) {
			if (comparator == null) {
				comparator = pre.comparator();
			}
			start = wordStart(text, numberStart) - pre.word().length();
		}
		if (comparator == null && magnitudeClass) {
			// 打造千亿产业集群: a size class written as a bare magnitude is a floor
			comparator = ">=";
		}
		return new Quantity(start, numberStart, numberEnd, end, value * scale, high == null ? null : high * scale,
				unit, comparator == null ? "=" : comparator, chinese);
	}

	/** 十, 百, 千, 万 … a one followed by zeros: how a size class is written (百亿, 千亿). */
	private static boolean isRoundMagnitude(double value) {
		double log = Math.log10(value);
		return value >= 10 && Math.abs(log - Math.rint(log)) < 1e-9;
	}

	private static boolean continuesWithYuan(String text, int at) {
		int i = at;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i > at && i < text.length() && text.charAt(i) == '元' && text.substring(at, i).contains("\n");
	}

	private Unit unitAt(String text, int at, int to) {
		if (at >= to) {
			return null;
		}
		if (text.charAt(at) == '%') {
			return new Unit("%", "%", "");
		}
		for (Unit u : this.units) {
			if (text.startsWith(u.written(), at) && at + u.written().length() <= to) {
				int next = at + u.written().length();
				if (next < text.length() && !u.notBefore().isEmpty() && u.notBefore().indexOf(text.charAt(next)) >= 0) {
					return null;
				}
				return u;
			}
		}
		return null;
	}

	private static Word wordAt(String text, int at, int to, List<Word> words) {
		for (Word w : words) {
			if (text.startsWith(w.word(), at) && at + w.word().length() <= to) {
				return w;
			}
		}
		return null;
	}

	private static Word wordBefore(String text, int numberStart, List<Word> words) {
		int end = wordStart(text, numberStart);
		for (Word w : words) {
			if (end - w.word().length() >= 0 && text.startsWith(w.word(), end - w.word().length())) {
				return w;
			}
		}
		return null;
	}

	/** Where the text before a number ends once spaces are skipped backwards. */
	private static int wordStart(String text, int numberStart) {
		int i = numberStart;
		while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u3000')) {
			i--;
		}
		return i;
	}

	private static int skipSpaces(String text, int at, int to) {
		int i = at;
		while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
			i++;
		}
		return i;
	}

	private static boolean yearLike(double v) {
		return v >= 1900 && v <= 2100 && v == Math.rint(v);
	}

	private static boolean canStartNumber(char c) {
		return c >= '0' && c <= '9' || "零〇两一二三四五六七八九十百千".indexOf(c) >= 0;
	}

	private boolean mayFollow(String text, int at, int to) {
		if (at >= to) {
			return false;
		}
		char c = text.charAt(at);
		return c == '%' || c == '万' || c == '亿' || this.followers.indexOf(c) >= 0;
	}

	static double number(String written) {
		String s = written.indexOf(',') >= 0 ? written.replace(",", "") : written;
		if (!s.isEmpty() && Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(s.length() - 1))) {
			boolean plain = true;
			for (int i = 0; i < s.length() && plain; i++) {
				char c = s.charAt(i);
				plain = c >= '0' && c <= '9' || c == '.';
			}
			if (plain) {
				return Double.parseDouble(s);
			}
		}
		return ChineseNumbers.parse(s);
	}

	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

}
