package org.plangraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

/**
 * The curated topics of {@code topics.csv} (bilingual, with broader topics) and where a text names them: one
 * Aho-Corasick pass, longest match wins (人工智能芯片 before 人工智能).
 */
final class TopicMatcher {

	static final String FILE = "topics.csv";

	/** A topic named in a text. {@code end} is exclusive. */
	record Mention(int start, int end, Topic topic) {
	}

	private final Map<String, Topic> byName = new LinkedHashMap<>();

	private final Set<String> themes = new java.util.HashSet<>();

	private final PhraseMatcher<Topic> matcher;

	TopicMatcher(VocabularyFiles vocabularies) {
		Map<String, Topic> forms = new HashMap<>();
		List<CSVRecord> rows = vocabularies.csv(FILE);
		for (CSVRecord row : rows) {
			String name = row.get("name").strip();
			List<String> aliases = split(row.get("aliases"));
			List<String> broader = split(row.get("broader"));
			Topic topic = new Topic(name, row.get("nameEn").isBlank() ? null : row.get("nameEn").strip(), aliases,
					broader);
			this.byName.put(name, topic);
			if (row.isMapped("kind") && "theme".equalsIgnoreCase(row.get("kind").strip())) {
				this.themes.add(name);
			}
			forms.put(name, topic);
			aliases.forEach(alias -> forms.putIfAbsent(alias, topic));
		}
		for (CSVRecord row : rows) {
			for (String parent : split(row.get("broader"))) {
				if (!this.byName.containsKey(parent)) {
					throw new IllegalArgumentException("%s line %d: broader topic '%s' is not in the file"
						.formatted(FILE, row.getParser().getCurrentLineNumber(), parent));
				}
			}
		}
		this.matcher = new PhraseMatcher<>(forms);
	}

	private static List<String> split(String cell) {
		List<String> parts = new ArrayList<>();
		for (String part : cell.split("\\|")) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		return List.copyOf(parts);
	}

	/** Topics named in {@code text}, non-overlapping, longest first. */
	List<Mention> find(CharSequence text) {
		List<Mention> mentions = new ArrayList<>();
		for (PhraseMatcher.Match<Topic> m : this.matcher.longest(text)) {
			mentions.add(new Mention(m.start(), m.end(), m.value()));
		}
		return mentions;
	}

	/** Every name and alias of every topic. */
	java.util.Set<String> forms() {
		java.util.Set<String> forms = new java.util.HashSet<>();
		this.byName.values().forEach(t -> {
			forms.add(t.name());
			forms.addAll(t.aliases());
		});
		return forms;
	}

	/** Whether actors can serve the topic (a field such as 类脑芯片), not only tasks advance it (a theme such as 人才). */
	boolean isField(Topic topic) {
		return !this.themes.contains(topic.name());
	}

	Topic topic(String name) {
		return this.byName.get(name);
	}

	/** The topic and every topic above it, so that the graph gets their names and BROADER links. */
	Set<Topic> withAncestors(Topic topic) {
		Set<Topic> all = new LinkedHashSet<>();
		List<Topic> queue = new ArrayList<>(List.of(topic));
		while (!queue.isEmpty()) {
			Topic t = queue.remove(queue.size() - 1);
			if (all.add(t)) {
				t.broader().forEach(parent -> queue.add(this.byName.get(parent)));
			}
		}
		return all;
	}

}
