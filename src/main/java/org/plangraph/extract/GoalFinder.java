package org.plangraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.plangraph.document.DocumentKind;
import org.plangraph.document.PlanDocument;
import org.plangraph.document.Section;

/**
 * Finds the aims a plan states: every aim clause of its goal parts (总体目标, “十四五”发展目标, 发展目标：…, numbered goal
 * lists), and 到20XX年… statements elsewhere outside task and background parts. Passages are split into sentences
 * and clauses (，); a clause that states a figure is a target, not a goal; a clause of means (以…为目标, 充分发挥…) is
 * no goal; a clause without a cue of its own carries on the one before it (建成A、B，在全国具有影响力的C), with the
 * cues of {@code goal-cues.csv}. The year is that of the latest year phrase (到2025年, 展望2035年) in the passage, else
 * the goal heading's (“十四五” → 2025).
 */
final class GoalFinder {

	private static final Pattern YEAR_LEAD = Pattern.compile(
			"^(?:(?:到|至|展望|力争|争取|预计|截至|截止|[-—～~])?\\s*(?:(?:19|20)\\d{2}\\s*年?(?:底|末|前|初)?|[〇零一二三四五六七八九]{4}\\s*年?|[“\"]?十[一二三四五六]五[”\"]?(?:期间|时期|末|期末)?)(?:时|前)?\\s*)+");

	private static final Pattern HORIZON_SENTENCE = Pattern
		.compile("(?:^|[，,]\\s*(?:力争|争取|预计)?)(?:到|至|展望)\\s*((?:19|20)\\d{2})\\s*年(?:底|末)?[，,]");

	private static final int MIN_GOAL_CHARS = 6;

	private enum Role {

		AIM, MEANS, CONTINUES, NONE

	}

	private record Cue(String word, String position, Role role) {
	}

	private record Clause(int start, int end, Role role, boolean figure) {
	}

	private final YearWords years;

	private final List<Cue> startCues = new ArrayList<>();

	private final List<Cue> otherCues = new ArrayList<>();

	GoalFinder(VocabularyFiles vocabularies, YearWords years) {
		this.years = years;
		for (CSVRecord r : vocabularies.csv("goal-cues.csv")) {
			Cue cue = new Cue(r.get("cue").strip(), r.get("position").strip(), Role.valueOf(r.get("role").strip()));
			(cue.position().equals("start") ? this.startCues : this.otherCues).add(cue);
		}
		this.startCues.sort(Comparator.comparingInt((Cue c) -> c.word().length()).reversed());
	}

	List<Goal> find(PlanDocument document, PlanRegions regions, List<Target> targets) {
		if (document.metadata().kind() == DocumentKind.REPLY) {
			return List.of();
		}
		String text = document.text();
		List<int[]> figures = targets.stream()
			.map(t -> new int[] { t.evidence().start(), t.evidence().end() })
			.toList();
		List<Found> found = new ArrayList<>();
		List<PlanRegions.Region> all = regions.regions();
		for (PlanRegions.Region region : all) {
			if (region.role() != SectionRole.GOAL) {
				continue;
			}
			int end = region.end();
			for (PlanRegions.Region other : all) {
				if (other != region && other.start() > region.start() && other.start() < end) {
					end = other.start();
				}
			}
			int start = contentStart(text, region);
			if (start < end) {
				passage(text, start, end, region.year(), document.sections(), figures, found, "goal-section");
			}
		}
		horizonStatements(document, regions, figures, found);
		found.sort(Comparator.comparingInt(Found::start));
		List<Goal> goals = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Found f : found) {
			String quote = text.substring(f.start(), f.end());
			if (!seen.add(quote.replaceAll("\\s+", ""))) {
				continue;
			}
			Section section = TargetFinder.sectionAt(document.sections(), f.start());
			goals.add(new Goal(NodeIds.goal(document.id(), goals.size() + 1), quote, f.year(),
					section == null ? null : section.code(), Evidence.of(text, f.start(), f.end(), f.method())));
		}
		return goals;
	}

	private record Found(int start, int end, Integer year, String method) {
	}

	/** Where a goal part's own words begin: after its heading (and the colon of 发展目标：…). */
	private static int contentStart(String text, PlanRegions.Region region) {
		int lineEnd = text.indexOf('\n', region.start());
		if (lineEnd < 0) {
			lineEnd = text.length();
		}
		String line = text.substring(region.start(), lineEnd);
		if (region.marker() != null) {
			String heading = region.marker().heading();
			int at = line.indexOf(heading);
			if (at >= 0) {
				int after = region.start() + at + heading.length();
				while (after < lineEnd && "。：:；;，, ".indexOf(text.charAt(after)) >= 0) {
					after++;
				}
				return after;
			}
			return lineEnd;
		}
		for (int i = 0; i < line.length() && i <= 16; i++) {
			if (line.charAt(i) == '：' || line.charAt(i) == ':') {
				return region.start() + i + 1;
			}
		}
		return lineEnd;
	}

	/** 到2025年，… sentences outside goal, task and background parts (a preamble's aims). */
	private void horizonStatements(PlanDocument document, PlanRegions regions, List<int[]> figures, List<Found> found) {
		String text = document.text();
		Integer reference = TargetFinder.referenceYear(document);
		for (int[] line : PlanRegions.lines(text)) {
			SectionRole role = regions.roleAt(line[0]);
			if (role != null && role != SectionRole.CONTEXT) {
				continue;
			}
			int s = line[0];
			while (s < line[1]) {
				int e = TargetFinder.forwardTo(text, s, line[1], "。！？；");
				int from = skipSpace(text, s, e);
				Matcher horizon = HORIZON_SENTENCE.matcher(text.substring(from, e));
				if (horizon.find() && (reference == null || Integer.parseInt(horizon.group(1)) >= reference)) {
					int at = from + horizon.start() + (horizon.group().startsWith("，") || horizon.group().startsWith(",")
							? 1 : 0);
					passage(text, at, e, null, List.of(), figures, found, "horizon-statement");
				}
				s = e + 1;
			}
		}
	}

	private void passage(String text, int start, int end, Integer headingYear, List<Section> sections,
			List<int[]> figures, List<Found> found, String method) {
		Integer year = headingYear;
		List<Clause> sentence = new ArrayList<>();
		int i = start;
		int clauseStart = start;
		while (i <= end) {
			boolean atEnd = i == end;
			char c = atEnd ? '。' : text.charAt(i);
			boolean sentenceStop = atEnd || "。！？；;".indexOf(c) >= 0 || c == '\n' && paragraphBreak(text, i, start, end);
			boolean clauseStop = sentenceStop || c == '，' || c == ',';
			if (c == '\n' && !sentenceStop) {
				i++;
				continue;
			}
			if (clauseStop) {
				int[] span = trim(text, clauseStart, i);
				if (span[0] < span[1]) {
					Section numbered = sectionStartingAt(sections, span[0]);
					if (numbered != null) {
						year = headingYear;
						span[0] = afterMarker(text, numbered, span);
					}
					Matcher lead = YEAR_LEAD.matcher(text.substring(span[0], span[1]));
					if (lead.lookingAt() && lead.end() > 0) {
						Integer y = this.years.yearOf(lead.group());
						if (y != null) {
							year = y;
							span[0] = skipSpace(text, span[0] + lead.end(), span[1]);
							span = trim(text, span[0], span[1]);
						}
					}
					if (span[0] < span[1]) {
						String clause = text.substring(span[0], span[1]).replaceAll("\\s+", "");
						sentence.add(new Clause(span[0], span[1], role(clause), overlaps(figures, span)));
					}
				}
				clauseStart = i + 1;
				if (sentenceStop) {
					emit(text, sentence, year, found, method);
					sentence.clear();
				}
			}
			i++;
		}
	}

	/** Joins clauses that carry on their predecessor, then keeps the aims. */
	private static void emit(String text, List<Clause> clauses, Integer year, List<Found> found, String method) {
		List<Clause> merged = new ArrayList<>();
		for (Clause c : clauses) {
			Clause last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && (c.role() == Role.CONTINUES || c.role() == Role.NONE) && !c.figure()) {
				merged.set(merged.size() - 1, new Clause(last.start(), c.end(), last.role(), last.figure()));
			}
			else {
				merged.add(c);
			}
		}
		for (Clause c : merged) {
			if (c.figure() || c.role() == Role.MEANS || c.role() == Role.CONTINUES) {
				continue;
			}
			String quote = text.substring(c.start(), c.end());
			if (quote.replaceAll("\\s+", "").length() < MIN_GOAL_CHARS) {
				continue;
			}
			found.add(new Found(c.start(), c.end(), year, method));
		}
	}

	private Role role(String clause) {
		for (Cue cue : this.startCues) {
			if (clause.startsWith(cue.word())) {
				if (cue.role() != Role.AIM) {
					return cue.role();
				}
				return Role.AIM;
			}
		}
		for (Cue cue : this.otherCues) {
			if (cue.role() == Role.AIM && (cue.position().equals("any") && clause.contains(cue.word())
					|| cue.position().equals("end") && clause.endsWith(cue.word()))) {
				return Role.AIM;
			}
		}
		for (Cue cue : this.otherCues) {
			if (cue.role() == Role.MEANS && cue.position().equals("end") && clause.endsWith(cue.word())
					|| cue.role() != Role.AIM && cue.position().equals("any") && clause.contains(cue.word())) {
				return cue.role();
			}
		}
		return Role.NONE;
	}

	/** A line feed ends a sentence unless it breaks one (a page break inside a paragraph). */
	private static boolean paragraphBreak(String text, int at, int start, int end) {
		int before = at - 1;
		while (before >= start && Character.isWhitespace(text.charAt(before))) {
			before--;
		}
		if (before < start || "。！？；;：:".indexOf(text.charAt(before)) >= 0) {
			return true;
		}
		int prevLineStart = PlanRegions.lineStart(text, before);
		if (PlanRegions.isHeadingLine(text.substring(prevLineStart, before + 1))) {
			return true;
		}
		int next = at;
		while (next < end && Character.isWhitespace(text.charAt(next))) {
			next++;
		}
		if (next >= end) {
			return true;
		}
		int nextEnd = text.indexOf('\n', next);
		String nextLine = text.substring(next, nextEnd < 0 || nextEnd > end ? end : nextEnd);
		return PlanRegions.isHeadingLine(nextLine) || nextLine.startsWith("——")
				|| org.plangraph.document.ChineseNumbers.toHalfWidth(nextLine).matches("^(?:[（(]?[一二三四五六七八九十\\d]{1,3}[）)、.]).*");
	}

	private static Section sectionStartingAt(List<Section> sections, int offset) {
		for (Section s : sections) {
			if (s.start() == offset) {
				return s;
			}
			if (s.start() > offset) {
				break;
			}
		}
		return null;
	}

	private static int afterMarker(String text, Section section, int[] span) {
		String clause = text.substring(span[0], span[1]);
		int at = clause.indexOf(section.marker());
		return at == 0 ? skipSpace(text, span[0] + section.marker().length(), span[1]) : span[0];
	}

	private static boolean overlaps(List<int[]> figures, int[] span) {
		for (int[] f : figures) {
			if (f[0] < span[1] && f[1] > span[0]) {
				return true;
			}
		}
		return false;
	}

	private static int[] trim(String text, int start, int end) {
		int s = start;
		int e = end;
		while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '—' || text.charAt(s) == '　')) {
			s++;
		}
		while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '　')) {
			e--;
		}
		return new int[] { s, e };
	}

	private static int skipSpace(String text, int at, int end) {
		int i = at;
		while (i < end && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '　')) {
			i++;
		}
		return i;
	}

}
