package org.plangraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores one extraction against its gold standard, per element type, following the matching the fixtures README
 * suggests: entities by any name with the kind, goals by text overlap with the year, targets by (value, unit, year,
 * kind), tasks by code, relations by (type, from, to, role) resolved through names and aliases, topics leniently.
 */
final class ExtractionScorer {

	static final List<String> CATEGORIES = List.of("entities", "goals", "targets", "tasks", "SUPPORTS", "OPERATES",
			"LOCATED_IN", "RESPONSIBLE_FOR", "relations");

	private static final Set<RelationType> SCORED_RELATIONS = Set.of(RelationType.SUPPORTS, RelationType.OPERATES,
			RelationType.LOCATED_IN, RelationType.RESPONSIBLE_FOR);

	/** Counts for precision (matched predictions / predictions) and recall (matched gold / gold). */
	record Score(int gold, int predicted, int goldMatched, int predictedMatched) {

		static final Score ZERO = new Score(0, 0, 0, 0);

		Score plus(Score other) {
			return new Score(this.gold + other.gold, this.predicted + other.predicted,
					this.goldMatched + other.goldMatched, this.predictedMatched + other.predictedMatched);
		}

		double precision() {
			return this.predicted == 0 ? (this.gold == 0 ? 1 : 0) : (double) this.predictedMatched / this.predicted;
		}

		double recall() {
			return this.gold == 0 ? 1 : (double) this.goldMatched / this.gold;
		}

		double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

	}

	private ExtractionScorer() {
	}

	static Map<String, Score> score(GoldStandard gold, Extraction extraction) {
		Map<String, Score> scores = new LinkedHashMap<>();
		scores.put("entities", entities(gold, extraction));
		scores.put("goals", goals(gold, extraction));
		scores.put("targets", targets(gold, extraction));
		scores.put("tasks", tasks(gold, extraction));
		for (RelationType type : List.of(RelationType.SUPPORTS, RelationType.OPERATES, RelationType.LOCATED_IN,
				RelationType.RESPONSIBLE_FOR)) {
			scores.put(type.name(), relations(gold, extraction, type));
		}
		// micro-average over the scored relation types: the "relations F1"
		scores.put("relations", List.of(RelationType.SUPPORTS, RelationType.OPERATES, RelationType.LOCATED_IN,
				RelationType.RESPONSIBLE_FOR).stream().map(t -> scores.get(t.name())).reduce(Score.ZERO, Score::plus));
		return scores;
	}

	static String normalize(String s) {
		return s == null ? "" : s.replaceAll("[\\s\"'“”‘’「」『』《》〈〉]", "");
	}

	private static Map<String, Actor> distinctActors(Extraction extraction) {
		Map<String, Actor> actors = new LinkedHashMap<>();
		for (Actor actor : extraction.actors()) {
			actors.putIfAbsent(actor.id(), actor);
		}
		return actors;
	}

	private static Set<String> names(Actor actor) {
		Set<String> names = new HashSet<>();
		names.add(normalize(actor.name()));
		actor.aliases().forEach(alias -> names.add(normalize(alias)));
		return names;
	}

	private static Set<String> names(GoldStandard.GoldEntity entity) {
		Set<String> names = new HashSet<>();
		entity.names().forEach(name -> names.add(normalize(name)));
		return names;
	}

	private static boolean intersects(Set<String> a, Set<String> b) {
		return a.stream().anyMatch(b::contains);
	}

	private static Score entities(GoldStandard gold, Extraction extraction) {
		Map<String, Actor> actors = distinctActors(extraction);
		int predictedMatched = 0;
		for (Actor actor : actors.values()) {
			Set<String> names = names(actor);
			if (gold.entities().stream()
				.anyMatch(e -> e.kind().equals(actor.kind().name()) && intersects(names, names(e)))) {
				predictedMatched++;
			}
		}
		int goldMatched = 0;
		for (GoldStandard.GoldEntity entity : gold.entities()) {
			Set<String> names = names(entity);
			if (actors.values()
				.stream()
				.anyMatch(a -> entity.kind().equals(a.kind().name()) && intersects(names(a), names))) {
				goldMatched++;
			}
		}
		return new Score(gold.entities().size(), actors.size(), goldMatched, predictedMatched);
	}

	private static Score goals(GoldStandard gold, Extraction extraction) {
		List<Goal> predicted = extraction.goals();
		boolean[] used = new boolean[predicted.size()];
		int matched = 0;
		for (GoldStandard.GoldGoal goal : gold.goals()) {
			for (int i = 0; i < predicted.size(); i++) {
				if (!used[i] && Objects.equals(goal.horizonYear(), predicted.get(i).horizonYear())
						&& similar(goal.text(), predicted.get(i).text())) {
					used[i] = true;
					matched++;
					break;
				}
			}
		}
		return new Score(gold.goals().size(), predicted.size(), matched, matched);
	}

	/** Containment either way, or character-bigram Dice of at least 0.6. */
	static boolean similar(String a, String b) {
		String x = normalize(a);
		String y = normalize(b);
		if (x.isEmpty() || y.isEmpty()) {
			return false;
		}
		if (x.contains(y) || y.contains(x)) {
			return true;
		}
		Map<String, Integer> bigrams = new HashMap<>();
		for (int i = 0; i + 1 < x.length(); i++) {
			bigrams.merge(x.substring(i, i + 2), 1, Integer::sum);
		}
		int shared = 0;
		for (int i = 0; i + 1 < y.length(); i++) {
			String bigram = y.substring(i, i + 2);
			Integer n = bigrams.get(bigram);
			if (n != null && n > 0) {
				bigrams.put(bigram, n - 1);
				shared++;
			}
		}
		return 2.0 * shared / (x.length() - 1 + y.length() - 1) >= 0.6;
	}

	private static Score targets(GoldStandard gold, Extraction extraction) {
		List<Target> predicted = extraction.targets();
		boolean[] used = new boolean[predicted.size()];
		int matched = 0;
		for (GoldStandard.GoldTarget target : gold.targets()) {
			for (int i = 0; i < predicted.size(); i++) {
				Target t = predicted.get(i);
				if (!used[i] && sameNumber(target.value(), t.value())
						&& normalize(target.unit()).equals(normalize(t.unit()))
						&& Objects.equals(target.year(), t.year()) && target.kind().equals(t.kind().name())) {
					used[i] = true;
					matched++;
					break;
				}
			}
		}
		return new Score(gold.targets().size(), predicted.size(), matched, matched);
	}

	private static boolean sameNumber(Double a, Double b) {
		if (a == null || b == null) {
			return a == b;
		}
		return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
	}

	private static Score tasks(GoldStandard gold, Extraction extraction) {
		Set<String> predicted = new LinkedHashSet<>();
		extraction.tasks().forEach(task -> predicted.add(task.code()));
		Set<String> expected = new LinkedHashSet<>();
		gold.tasks().forEach(task -> expected.add(task.code()));
		int matched = (int) expected.stream().filter(predicted::contains).count();
		return new Score(expected.size(), predicted.size(), matched, matched);
	}

	/** A predicted relation with its ends resolved to what gold files write: names, task:code or topic:name. */
	private record Resolved(Set<String> from, String to, Set<String> toNames, String role) {
	}

	private static Score relations(GoldStandard gold, Extraction extraction, RelationType type) {
		RelationMatch match = matchRelations(gold, extraction, type);
		return new Score(match.expected().size(), match.predicted().size(),
				match.expected().size() - match.missed().size(), match.predicted().size() - match.extra().size());
	}

	/** Gold relations of one type against the predicted ones: what each side has that the other lacks. */
	record RelationMatch(List<GoldStandard.GoldRelation> expected, List<String> predicted,
			List<GoldStandard.GoldRelation> missed, List<String> extra) {
	}

	/** The rule name in a description written by {@link #matchRelations}. */
	static String methodOf(String description) {
		int open = description.indexOf(" [");
		return open < 0 ? "?" : description.substring(open + 2, description.indexOf(']', open));
	}

	static RelationMatch matchRelations(GoldStandard gold, Extraction extraction, RelationType type) {
		Map<String, Actor> actors = distinctActors(extraction);
		Map<String, String> taskCodes = new HashMap<>();
		extraction.tasks().forEach(task -> taskCodes.put(task.id(), task.code()));
		Map<String, String> topicNames = new HashMap<>();
		extraction.topics().forEach(topic -> topicNames.put(topic.id(), topic.name()));
		Map<String, Resolved> predicted = new LinkedHashMap<>();
		Map<Resolved, String> described = new HashMap<>();
		for (Relation relation : extraction.relations()) {
			if (relation.type() != type || !SCORED_RELATIONS.contains(type) || "ACCOUNTABLE".equals(relation.role())) {
				continue;
			}
			Actor from = actors.get(relation.fromId());
			if (from == null) {
				continue;
			}
			String to;
			Set<String> toNames = Set.of();
			if (taskCodes.containsKey(relation.toId())) {
				to = "task:" + taskCodes.get(relation.toId());
			}
			else if (topicNames.containsKey(relation.toId())) {
				to = "topic:" + normalize(topicNames.get(relation.toId()));
			}
			else if (actors.containsKey(relation.toId())) {
				to = relation.toId();
				toNames = names(actors.get(relation.toId()));
			}
			else {
				to = relation.toId();
			}
			Resolved resolved = new Resolved(names(from), to, toNames, relation.role());
			if (predicted.putIfAbsent(relation.fromId() + "|" + to + "|" + relation.role(), resolved) == null) {
				described.put(resolved, "%s -> %s %s [%s] %s".formatted(from.name(), to,
						relation.role() == null ? "" : relation.role(), relation.evidence().method(),
						relation.evidence().quote()));
			}
		}
		Map<String, Set<String>> goldNames = new HashMap<>();
		for (GoldStandard.GoldEntity entity : gold.entities()) {
			goldNames.put(entity.name(), names(entity));
		}
		List<GoldStandard.GoldRelation> expected = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (GoldStandard.GoldRelation relation : gold.relations()) {
			if (relation.type().equals(type.name())
					&& seen.add(relation.from() + "|" + relation.to() + "|" + relation.role())) {
				expected.add(relation);
			}
		}
		List<GoldStandard.GoldRelation> missed = new ArrayList<>();
		Set<Resolved> predictedMatched = new HashSet<>();
		for (GoldStandard.GoldRelation relation : expected) {
			Set<String> from = goldNames.getOrDefault(relation.from(), Set.of(normalize(relation.from())));
			boolean found = false;
			for (Resolved r : predicted.values()) {
				if (Objects.equals(relation.role(), r.role()) && intersects(from, r.from())
						&& sameEnd(relation.to(), r, goldNames)) {
					predictedMatched.add(r);
					found = true;
				}
			}
			if (!found) {
				missed.add(relation);
			}
		}
		List<String> extra = predicted.values()
			.stream()
			.filter(r -> !predictedMatched.contains(r))
			.map(described::get)
			.toList();
		return new RelationMatch(expected, predicted.values().stream().map(described::get).toList(), missed, extra);
	}

	private static boolean sameEnd(String goldTo, Resolved predicted, Map<String, Set<String>> goldNames) {
		if (goldTo.startsWith("task:")) {
			return goldTo.equals(predicted.to());
		}
		if (goldTo.startsWith("topic:")) {
			if (!predicted.to().startsWith("topic:")) {
				return false;
			}
			String a = normalize(goldTo.substring(6));
			String b = predicted.to().substring(6);
			return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
		}
		Set<String> names = goldNames.getOrDefault(goldTo, Set.of(normalize(goldTo)));
		return intersects(names, predicted.toNames());
	}

}
