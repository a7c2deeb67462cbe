package org.plangraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * Finds the years a text speaks of: 2025年, 到2027年底, 2016-2020年 (its last year), 二〇三五, and named planning
 * periods from {@code periods.csv} (“十四五”末 and “十三五”期间 both stand for the period's last year).
 */
final class YearWords {

	/** A year word at {@code [start, end)}; {@code range} when it names a span of years (2016-2020年, 十三五期间). */
	record Mention(int start, int end, int year, boolean range) {
	}

	private static final Pattern ARABIC = Pattern.compile(
			"((?:19|20)\\d{2})\\s*(?:[-—–－~～至到]\\s*((?:19|20)\\d{2})\\s*)?年");

	private static final Pattern CHINESE = Pattern.compile("[二][〇零○][一二三四五六七八九〇零○]{2}(?=年|远景|$)");

	private final Pattern periods;

	private final Map<String, int[]> spans = new HashMap<>();

	YearWords(VocabularyFiles vocabularies) {
		StringBuilder alternatives = new StringBuilder();
		for (CSVRecord record : vocabularies.csv("periods.csv")) {
			String name = record.get("name").strip();
			this.spans.put(name, new int[] { Integer.parseInt(record.get("start").strip()),
					Integer.parseInt(record.get("end").strip()) });
			alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(name));
		}
		this.periods = alternatives.isEmpty() ? null : Pattern.compile("(" + alternatives + ")");
	}

	/** Year mentions in {@code text[from, to)}, in order, with offsets into {@code text}. */
	List<Mention> find(String text, int from, int to) {
		List<Mention> found = new ArrayList<>();
		Matcher arabic = ARABIC.matcher(text);
		Matcher chinese = CHINESE.matcher(text);
		Matcher period = this.periods == null ? null : this.periods.matcher(text);
		int i = from;
		while (i < to) {
			// only three characters can start a year word: test the patterns there, not everywhere
			char c = text.charAt(i);
			int next = i + 1;
			if ((c == '1' || c == '2') && (i == 0 || !Character.isDigit(text.charAt(i - 1)))
					&& arabic.region(i, to).lookingAt()) {
				boolean range = arabic.group(2) != null;
				int year = Integer.parseInt(range ? arabic.group(2) : arabic.group(1));
				found.add(new Mention(i, arabic.end(), year, range));
				next = arabic.end();
			}
			else if (c == '二' && chinese.region(i, to).lookingAt()) {
				int year = 0;
				for (char d : chinese.group().toCharArray()) {
					year = year * 10 + Math.max(0, digit(d));
				}
				found.add(new Mention(i, chinese.end(), year, false));
				next = chinese.end();
			}
			else if (c == '十' && period != null && period.region(i, to).lookingAt()) {
				int[] span = this.spans.get(period.group(1));
				int end = period.end();
				while (end < to && "”\"’'".indexOf(text.charAt(end)) >= 0) {
					end++;
				}
				boolean atEnd = text.startsWith("末", end) || text.startsWith("期末", end);
				found.add(new Mention(i, end, span[1], !atEnd));
				next = end;
			}
			i = next;
		}
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
	}

	/** The year a heading is dated by (“十四五”发展目标 → 2025, 二〇三五远景目标 → 2035), or {@code null}. */
	Integer yearOf(String heading) {
		List<Mention> mentions = find(heading, 0, heading.length());
		return mentions.isEmpty() ? null : mentions.get(mentions.size() - 1).year();
	}

	private static int digit(char c) {
		return switch (c) {
			case '〇', '零', '○' -> 0;
			case '一' -> 1;
			case '二' -> 2;
			case '三' -> 3;
			case '四' -> 4;
			case '五' -> 5;
			case '六' -> 6;
			case '七' -> 7;
			case '八' -> 8;
			case '九' -> 9;
			default -> -1;
		};
	}

}
