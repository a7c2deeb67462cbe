package org.plangraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * The curated actors of {@code actors.csv}: canonical name, kind, aliases and English name. Every name and alias is
 * a phrase of one Aho-Corasick automaton, so a text is scanned once for all of them.
 */
final class ActorGazetteer {

	static final String FILE = "actors.csv";

	private final Map<String, Actor> byForm = new HashMap<>();

	private final Map<String, Actor> byName = new LinkedHashMap<>();

	private final PhraseMatcher<Actor> matcher;

	ActorGazetteer(VocabularyFiles vocabularies) {
		for (CSVRecord row : vocabularies.csv(FILE)) {
			String name = row.get("name").strip();
			ActorKind kind;
			try {
				kind = ActorKind.valueOf(row.get("kind").strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("%s line %d: unknown kind '%s' (expected one of %s)".formatted(FILE,
						row.getParser().getCurrentLineNumber(), row.get("kind"), Arrays.toString(ActorKind.values())));
			}
			List<String> aliases = new ArrayList<>();
			for (String alias : row.get("aliases").split("\\|")) {
				if (!alias.isBlank() && !alias.strip().equals(name)) {
					aliases.add(alias.strip());
				}
			}
			String nameEn = row.get("nameEn").isBlank() ? null : row.get("nameEn").strip();
			Actor actor = new Actor(kind, name, nameEn, List.copyOf(aliases));
			this.byName.put(name, actor);
			this.byForm.put(name, actor);
			aliases.forEach(alias -> this.byForm.putIfAbsent(alias, actor));
		}
		this.matcher = new PhraseMatcher<>(this.byForm);
	}

	/** The actor a written form (name or alias) stands for, or {@code null}. */
	Actor lookup(String form) {
		return form == null ? null : this.byForm.get(form);
	}

	/** Every occurrence of a known name or alias, overlaps included. */
	List<PhraseMatcher.Match<Actor>> scan(CharSequence text) {
		return this.matcher.all(text);
	}

	Map<String, Actor> actors() {
		return this.byName;
	}

}
