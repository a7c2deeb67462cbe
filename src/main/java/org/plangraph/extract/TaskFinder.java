package org.plangraph.extract;

import java.util.ArrayList;
import java.util.List;

import org.plangraph.document.PlanDocument;
import org.plangraph.document.Section;

/**
 * Every numbered item under a task part of the plan ({@link PlanRegions#isTask}) is a task: its code is the outline
 * path, its title the words after the number up to the first 。；： (the whole line when there is none), its text the
 * section's own text, and its evidence the heading line.
 */
final class TaskFinder {

	List<Task> find(PlanDocument document, PlanRegions regions) {
		String text = document.text();
		List<Task> tasks = new ArrayList<>();
		for (Section section : document.sections()) {
			if (!regions.isTask(section)) {
				continue;
			}
			int lineEnd = text.indexOf('\n', section.start());
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			String line = text.substring(section.start(), lineEnd);
			int afterMarker = line.indexOf(section.marker());
			afterMarker = afterMarker < 0 ? 0 : afterMarker + section.marker().length();
			String title = title(line.substring(afterMarker));
			if (title.isEmpty()) {
				title = section.heading();
			}
			int end = section.start() + line.stripTrailing().length();
			tasks.add(new Task(NodeIds.task(document.id(), section.code()), section.code(), title, section.text(),
					section.code(), Evidence.of(text, section.start(), end, "outline")));
		}
		return tasks;
	}

	static String title(String afterNumber) {
		String rest = afterNumber.strip();
		for (int i = 0; i < rest.length(); i++) {
			char c = rest.charAt(i);
			if (c == '。' || c == '；' || c == '：' || c == ';' || c == ':') {
				return rest.substring(0, i).strip();
			}
		}
		return rest;
	}

}
