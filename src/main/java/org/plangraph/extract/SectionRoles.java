package org.plangraph.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * Recognises role headings (主要任务, “十四五”发展目标, 2024年工作安排建议, 重点工作：) from the cue list
 * {@code section-roles.csv}. A heading must equal a cue once its numbering, quotes, year words and a trailing 建议 are
 * dropped, so that a task titled 强化规划组织实施 is not mistaken for a 组织实施 part.
 */
final class SectionRoles {

	private static final Pattern NUMBERING = Pattern.compile(
			"^\\s*(?:第[一二三四五六七八九十百零〇两]+[章编篇节部分]|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}(?:\\.\\d{1,2})+(?=\\s)|\\d{1,3}[、．.](?!\\d)|[①-⑳])\\s*");

	private static final Pattern QUOTES = Pattern.compile("[“”\"'‘’《》「」\\s　]");

	private static final Pattern YEAR_WORDS = Pattern.compile(
			"^(?:(?:19|20)\\d{2}(?:[-—–－~～至到](?:19|20)\\d{2})?年?(?:度)?|[〇零一二三四五六七八九]{4}年?|十[一二三四五六七八九]五(?:时期|期间)?(?:规划)?|今后五年|今年|明年|下一步|近期|中长期)");

	private static final java.util.List<SectionRole> JOINED_PRECEDENCE = java.util.List.of(SectionRole.TASK,
			SectionRole.GOAL, SectionRole.SAFEGUARD, SectionRole.BACKGROUND, SectionRole.CONTEXT, SectionRole.ANNEX);

	private static final Pattern JOINERS = Pattern.compile("[和与及、]");

	private static final Pattern TRAILING = Pattern.compile("(?:建议|[：:；;，,。.、])+$");

	private final Map<String, SectionRole> cues = new HashMap<>();

	SectionRoles(VocabularyFiles vocabularies) {
		for (CSVRecord record : vocabularies.csv("section-roles.csv")) {
			String role = record.get("role").strip();
			try {
				this.cues.put(record.get("cue").strip(), SectionRole.valueOf(role));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("section-roles.csv line %d: unknown role %s"
					.formatted(record.getRecordNumber() + 1, role), ex);
			}
		}
	}

	/** The role a heading (or the part of an unnumbered line before its colon) announces, or {@code null}. */
	SectionRole roleOf(String heading) {
		if (heading == null) {
			return null;
		}
		String normal = normalise(heading);
		SectionRole role = this.cues.get(normal);
		if (role != null || normal.length() > 16) {
			return role;
		}
		// 指导思想和发展目标, 发展目标与主要任务: joined cues; tasks first, since their items are numbered, then goals
		SectionRole joined = null;
		for (String part : JOINERS.split(normal)) {
			SectionRole r = this.cues.get(part);
			if (r == null) {
				return null;
			}
			joined = joined == null || JOINED_PRECEDENCE.indexOf(r) < JOINED_PRECEDENCE.indexOf(joined) ? r : joined;
		}
		return joined;
	}

	/**
	 * The role an unnumbered line announces: a short line that is a cue (重点工作：, 2023年工作回顾), or a cue before a
	 * colon that opens a paragraph (发展目标：到2020年，…).
	 */
	SectionRole roleOfLine(String line) {
		String s = line.strip();
		if (s.isEmpty()) {
			return null;
		}
		int colon = indexOfColon(s);
		if (colon > 0 && colon <= 16) {
			return roleOf(s.substring(0, colon));
		}
		return s.length() <= 24 ? roleOf(s) : null;
	}

	static String normalise(String heading) {
		String s = NUMBERING.matcher(heading).replaceFirst("");
		s = QUOTES.matcher(s).replaceAll("");
		s = YEAR_WORDS.matcher(s).replaceFirst("");
		s = TRAILING.matcher(s).replaceFirst("");
		return s;
	}

	private static int indexOfColon(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '：' || c == ':') {
				return i;
			}
		}
		return -1;
	}

}
