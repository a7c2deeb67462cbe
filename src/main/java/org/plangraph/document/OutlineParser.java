package org.plangraph.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds the numbered headings of a plan and builds its outline tree.
 * <p>
 * Depth follows the order in which numbering styles first appear under a parent, the way readers of such documents
 * infer it: a style already open on the path closes everything below it; a new style opens a level below the current
 * one. Chapters (第一章) and their sections (第一节) always rank above the other styles. A heading's phrase is the text
 * after the marker up to the first full stop, semicolon or colon, or the whole line when it is short.
 */
public final class OutlineParser {

	static final int MAX_DEPTH = 12;

	private static final int SHORT_LINE = 50;

	private static final int MAX_HEADING = 60;

	public List<Section> parse(String text) {
		List<Open> stack = new ArrayList<>();
		List<Builder> sections = new ArrayList<>();
		Map<String, Integer> usedCodes = new HashMap<>();
		Builder current = null;
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			String line = text.substring(lineStart, lineEnd);
			Heading heading = stack.size() >= MAX_DEPTH ? null : heading(line);
			if (heading != null) {
				int depth = depthFor(stack, heading.marker());
				while (stack.size() > depth) {
					stack.remove(stack.size() - 1);
				}
				String parentCode = stack.isEmpty() ? null : stack.get(stack.size() - 1).code();
				String path = (parentCode == null ? "" : parentCode + ".") + heading.segment();
				int seen = usedCodes.merge(path, 1, Integer::sum);
				String code = seen == 1 ? path : path + "~" + seen;
				stack.add(new Open(heading.marker(), code));
				int indent = line.length() - line.stripLeading().length();
				current = new Builder(code, parentCode, heading.written(), stack.size(), sections.size() + 1,
						heading.phrase(), lineStart + indent);
				sections.add(current);
			}
			if (current != null && !line.isBlank()) {
				current.end = lineEnd;
			}
			lineStart = lineEnd + 1;
		}
		List<Section> result = new ArrayList<>(sections.size());
		for (Builder b : sections) {
			result.add(new Section(b.code, b.parentCode, b.marker, b.level, b.ordinal, b.heading,
					text.substring(b.start, Math.max(b.start, b.end)).strip(), b.start, Math.max(b.start, b.end)));
		}
		return result;
	}

	private static int depthFor(List<Open> stack, OutlineMarker marker) {
		for (int i = 0; i < stack.size(); i++) {
			if (stack.get(i).marker() == marker) {
				return i;
			}
		}
		if (marker.structural()) {
			for (int i = 0; i < stack.size(); i++) {
				OutlineMarker open = stack.get(i).marker();
				if (!open.structural() || open.ordinal() > marker.ordinal()) {
					return i;
				}
			}
		}
		return stack.size();
	}

	static Heading heading(String line) {
		if (line.isBlank() || line.length() > 5000) {
			return null;
		}
		for (OutlineMarker marker : OutlineMarker.values()) {
			Matcher m = marker.matcher(line);
			if (m.find()) {
				String rest = line.substring(m.end()).strip();
				if (rest.isEmpty() || !startsLikeText(rest) && !(marker != OutlineMarker.ARABIC
						&& marker != OutlineMarker.DOTTED && YEAR_START.matcher(rest).lookingAt())) {
					return null;
				}
				String written = line.substring(0, m.end()).strip();
				return new Heading(marker, marker.segment(normalDigits(m.group(1))), written, phrase(rest));
			}
		}
		return null;
	}

	/** 一、2023年工作回顾: a heading may open with a year; after 1. a figure (1.5万) is no heading. */
	private static final java.util.regex.Pattern YEAR_START = java.util.regex.Pattern
		.compile("(?:19|20)\\d{2}\\s*年(?!\\d)");

	private static boolean startsLikeText(String rest) {
		int c = rest.codePointAt(0);
		return Character.isLetter(c) || "“\"《「【（(".indexOf(c) >= 0;
	}

	private static String normalDigits(String number) {
		StringBuilder sb = new StringBuilder(number.length());
		for (char c : number.toCharArray()) {
			sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
		}
		return sb.toString();
	}

	static String phrase(String rest) {
		int stop = -1;
		for (int i = 0; i < rest.length() && i <= MAX_HEADING; i++) {
			char c = rest.charAt(i);
			if (c == '。' || c == '；' || c == '：' || c == ':' || c == ';' || c == '！' || c == '？') {
				stop = i;
				break;
			}
		}
		if (stop > 0) {
			return rest.substring(0, stop).strip();
		}
		if (rest.length() <= SHORT_LINE) {
			return trimEnd(rest);
		}
		int comma = rest.indexOf('，');
		if (comma > 0 && comma <= 40) {
			return rest.substring(0, comma).strip();
		}
		return rest.substring(0, 40).strip() + "…";
	}

	private static String trimEnd(String s) {
		String t = s.strip();
		while (!t.isEmpty() && "。；：:;，,".indexOf(t.charAt(t.length() - 1)) >= 0) {
			t = t.substring(0, t.length() - 1);
		}
		return t;
	}

	record Heading(OutlineMarker marker, String segment, String written, String phrase) {
	}

	private record Open(OutlineMarker marker, String code) {
	}

	private static final class Builder {

		final String code;

		final String parentCode;

		final String marker;

		final int level;

		final int ordinal;

		final String heading;

		final int start;

		int end;

		Builder(String code, String parentCode, String marker, int level, int ordinal, String heading, int start) {
			this.code = code;
			this.parentCode = parentCode;
			this.marker = marker;
			this.level = level;
			this.ordinal = ordinal;
			this.heading = heading;
			this.start = start;
			this.end = start;
		}

	}

}
