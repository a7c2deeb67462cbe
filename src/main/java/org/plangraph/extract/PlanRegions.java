package org.plangraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plangraph.document.DocumentKind;
import org.plangraph.document.PlanDocument;
import org.plangraph.document.Section;

/**
 * The parts of one plan and their roles: where its goals, tasks, background and annexes are. A numbered role heading
 * (五、主要任务) covers its whole subtree; an unnumbered one (重点工作：, 2024年工作安排建议) covers what follows it up to
 * the next role line, the next unnumbered heading line, or a shallower numbered heading; an annex line covers the rest
 * of the document. When a plan or scheme names no task part at all, its top-level sections that have no other role
 * are its task list (action plans are often written that way), and every numbered item of a reply is a task.
 */
final class PlanRegions {

	/**
	 * A part of the document.
	 * @param marker the numbered heading that opens it, or {@code null} for an unnumbered line
	 * @param includesMarker whether the opening heading itself belongs to the part (implicit task sections)
	 * @param year the year its heading is dated by (“十四五”发展目标 → 2025), or {@code null}
	 */
	record Region(int start, int end, SectionRole role, Section marker, boolean includesMarker, Integer year) {

		boolean contains(int offset) {
			return offset >= this.start && offset < this.end;
		}

	}

	private static final int HEADING_LINE_MAX = 30;

	private final PlanDocument document;

	private final List<Region> regions;

	private PlanRegions(PlanDocument document, List<Region> regions) {
		this.document = document;
		this.regions = regions;
	}

	static PlanRegions of(PlanDocument document, SectionRoles roles, YearWords years) {
		String text = document.text();
		List<Section> sections = document.sections();
		Map<Integer, Integer> sectionAtLine = new HashMap<>();
		for (int i = 0; i < sections.size(); i++) {
			Section s = sections.get(i);
			sectionAtLine.putIfAbsent(lineStart(text, s.start()), i);
		}
		List<Region> regions = new ArrayList<>();
		List<int[]> lines = lines(text);
		for (int li = 0; li < lines.size(); li++) {
			int start = lines.get(li)[0];
			int end = lines.get(li)[1];
			String line = text.substring(start, end);
			if (line.isBlank()) {
				continue;
			}
			Integer sectionIndex = sectionAtLine.get(start);
			String heading = sectionIndex == null ? headingPart(line) : sections.get(sectionIndex).heading();
			SectionRole role = sectionIndex == null ? roles.roleOfLine(line) : roles.roleOf(heading);
			if (role == null) {
				continue;
			}
			Integer year = years.yearOf(heading);
			if (role == SectionRole.ANNEX) {
				regions.add(new Region(start, text.length(), role, null, false, null));
			}
			else if (sectionIndex != null) {
				Section marker = sections.get(sectionIndex);
				regions.add(new Region(marker.start(), subtreeEnd(sections, sectionIndex, text.length()), role, marker,
						false, year));
			}
			else {
				regions.add(new Region(start, unnumberedEnd(text, lines, li, sections, roles), role, null, false,
						year));
			}
		}
		PlanRegions found = new PlanRegions(document, regions);
		DocumentKind kind = document.metadata().kind();
		boolean hasTaskPart = regions.stream().anyMatch(r -> r.role() == SectionRole.TASK);
		if (!hasTaskPart && (kind == DocumentKind.PLAN || kind == DocumentKind.SCHEME)) {
			found.addImplicitTaskSections();
		}
		return found;
	}

	/** The innermost part holding {@code offset}, or {@code null} if no role heading covers it. */
	Region regionAt(int offset) {
		Region best = null;
		for (Region r : this.regions) {
			if (r.contains(offset) && (best == null || r.start() > best.start()
					|| r.start() == best.start() && r.end() < best.end())) {
				best = r;
			}
		}
		return best;
	}

	SectionRole roleAt(int offset) {
		Region r = regionAt(offset);
		return r == null ? null : r.role();
	}

	/** Whether a numbered section is a task: under a task part, or any numbered reply of a reply letter. */
	boolean isTask(Section section) {
		Region r = regionAt(section.start());
		if (r != null && r.marker() == section && !r.includesMarker()) {
			r = enclosing(r);
		}
		if (r != null && r.role() == SectionRole.ANNEX) {
			return false;
		}
		if (this.document.metadata().kind() == DocumentKind.REPLY) {
			return true;
		}
		return r != null && r.role().holdsTasks();
	}

	List<Region> regions() {
		return this.regions;
	}

	private Region enclosing(Region inner) {
		Region best = null;
		for (Region r : this.regions) {
			if (r != inner && r.start() <= inner.start() && r.end() >= inner.end()
					&& (best == null || r.start() > best.start())) {
				best = r;
			}
		}
		return best;
	}

	private void addImplicitTaskSections() {
		List<Section> sections = this.document.sections();
		List<Region> implicit = new ArrayList<>();
		for (int i = 0; i < sections.size(); i++) {
			Section s = sections.get(i);
			if (s.parentCode() == null && regionAt(s.start()) == null) {
				implicit.add(new Region(s.start(), subtreeEnd(sections, i, this.document.text().length()),
						SectionRole.TASK, s, true, null));
			}
		}
		if (implicit.size() >= 2) {
			this.regions.addAll(implicit);
		}
	}

	private static int subtreeEnd(List<Section> sections, int index, int textEnd) {
		int level = sections.get(index).level();
		for (int j = index + 1; j < sections.size(); j++) {
			if (sections.get(j).level() <= level) {
				return sections.get(j).start();
			}
		}
		return textEnd;
	}

	/**
	 * An unnumbered role line covers the following lines up to the next role line, the next unnumbered heading line,
	 * or a numbered heading shallower than the first one after it.
	 */
	private static int unnumberedEnd(String text, List<int[]> lines, int markerLine, List<Section> sections,
			SectionRoles roles) {
		int firstLevel = -1;
		int sectionIndex = 0;
		for (int li = markerLine + 1; li < lines.size(); li++) {
			int start = lines.get(li)[0];
			String line = text.substring(start, lines.get(li)[1]);
			if (line.isBlank()) {
				continue;
			}
			while (sectionIndex < sections.size() && lineStart(text, sections.get(sectionIndex).start()) < start) {
				sectionIndex++;
			}
			boolean numbered = sectionIndex < sections.size()
					&& lineStart(text, sections.get(sectionIndex).start()) == start;
			if (roles.roleOfLine(line) != null) {
				return start;
			}
			if (numbered) {
				int level = sections.get(sectionIndex).level();
				if (firstLevel < 0) {
					firstLevel = level;
				}
				else if (level < firstLevel) {
					return start;
				}
			}
			else if (isHeadingLine(line)) {
				return start;
			}
		}
		return text.length();
	}

	/** A short unnumbered line with no sentence punctuation: a heading the outline does not number. */
	static boolean isHeadingLine(String line) {
		String s = line.strip();
		if (s.length() < 2 || s.length() > HEADING_LINE_MAX) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			if ("。；，：;,:！？".indexOf(s.charAt(i)) >= 0) {
				return false;
			}
		}
		return true;
	}

	private static String headingPart(String line) {
		String s = line.strip();
		for (int i = 0; i < s.length() && i <= 16; i++) {
			char c = s.charAt(i);
			if (c == '：' || c == ':') {
				return s.substring(0, i);
			}
		}
		return s;
	}

	static int lineStart(String text, int offset) {
		if (offset <= 0) {
			return 0;
		}
		return text.lastIndexOf('\n', offset - 1) + 1;
	}

	/** Start and end offsets of every line (end excludes the line feed). */
	static List<int[]> lines(String text) {
		List<int[]> lines = new ArrayList<>();
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			lines.add(new int[] { start, end });
			start = end + 1;
		}
		return lines;
	}

}
