package org.plangraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the actors a text names: gazetteer names and aliases, the document's own places, and names recognised by
 * shape ({@link ActorPatterns}); the longest name wins, and universities and firms nested in a longer name (复旦大学
 * in 复旦大学上海智能产业创新研究院) are kept as parts of it. Agency names are made canonical by the document's
 * {@link Jurisdiction}.
 */
final class ActorRecognizer {

	private final ActorGazetteer gazetteer;

	private final ActorPatterns patterns;

	private final TopicMatcher topics;

	ActorRecognizer(ActorGazetteer gazetteer, ActorPatterns patterns, TopicMatcher topics) {
		this.gazetteer = gazetteer;
		this.patterns = patterns;
		this.topics = topics;
	}

	/** A candidate before overlaps are resolved. */
	private record Candidate(int start, int end, String written, Actor actor, String method) {

		int length() {
			return this.end - this.start;
		}

	}

	List<ActorMention> find(String text, Jurisdiction jurisdiction) {
		return find(text, 0, text.length(), jurisdiction, false);
	}

	/**
	 * Mentions in {@code text[from, to)}, offsets relative to {@code text}. With {@code agencyList} (inside a
	 * responsibility bracket) agency names need no place prefix.
	 */
	List<ActorMention> find(String text, int from, int to, Jurisdiction jurisdiction, boolean agencyList) {
		String part = text.substring(from, to);
		List<PhraseMatcher.Match<Actor>> known = this.gazetteer.scan(part);
		List<TopicMatcher.Mention> topicMentions = this.topics.find(part);
		List<PhraseMatcher.Match<String>> protectedWords = this.patterns.protectedWords(part);
		List<PhraseMatcher.Match<ActorPatterns.Suffix>> suffixes = this.patterns.suffixes(part);
		List<String> places = jurisdiction.places();

		// known names, topics and protected words by start position, so a boundary word inside one is found fast
		Map<Integer, List<Integer>> shieldEnds = new HashMap<>();
		int[] longestShield = { 0 };
		java.util.function.BiConsumer<Integer, Integer> shield = (start, end) -> {
			shieldEnds.computeIfAbsent(start, k -> new ArrayList<>()).add(end);
			longestShield[0] = Math.max(longestShield[0], end - start);
		};
		known.forEach(m -> shield.accept(m.start(), m.end()));
		topicMentions.forEach(m -> shield.accept(m.start(), m.end()));
		protectedWords.forEach(m -> shield.accept(m.start(), m.end()));
		boolean[] nameEnd = new boolean[part.length() + 1];
		known.forEach(m -> nameEnd[m.end()] = true);
		suffixes.forEach(m -> nameEnd[m.end()] = true);

		ActorPatterns.Context context = new ActorPatterns.Context() {

			@Override
			public boolean isProtected(int start, int end) {
				for (int p = Math.max(0, start - longestShield[0]); p <= start; p++) {
					List<Integer> ends = shieldEnds.get(p);
					if (ends == null) {
						continue;
					}
					for (int e : ends) {
						if (e >= end && e - p > end - start) {
							return true;
						}
					}
				}
				return false;
			}

			@Override
			public boolean nameEndsAt(int position) {
				return position >= 0 && position < nameEnd.length && nameEnd[position];
			}

			@Override
			public boolean hasProperElement(String name, boolean withTopics) {
				if (!ActorRecognizer.this.gazetteer.scan(name).isEmpty()
						|| withTopics && !ActorRecognizer.this.topics.find(name).isEmpty()) {
					return true;
				}
				for (String place : places) {
					if (name.contains(shortPlace(place))) {
						return true;
					}
				}
				// zones need a place: 国家农业高新技术产业示范区 is a designation a zone is given
				return ActorRecognizer.this.patterns.holdsNamedOrganisation(name)
						|| withTopics && ActorRecognizer.this.patterns.isNationalName(name);
			}

			@Override
			public boolean isKnownQualified(String name) {
				if (name.length() < 3 || "省市区县".indexOf(name.charAt(0)) < 0) {
					return false;
				}
				String place = jurisdiction.placeFor(name.charAt(0));
				return place != null && ActorRecognizer.this.gazetteer.lookup(place + name.substring(1)) != null;
			}

			@Override
			public boolean hasJurisdiction(String name) {
				if (name.startsWith("中共") || name.startsWith("国家") || name.startsWith("国务院")) {
					return true;
				}
				if (name.length() > 2 && "省市区县州".indexOf(name.charAt(0)) >= 0
						&& ActorRecognizer.this.patterns.bodyIsKnown(name) == false) {
					return true;
				}
				for (PhraseMatcher.Match<Actor> m : ActorRecognizer.this.gazetteer.scan(name)) {
					if (m.start() == 0 && m.value().kind() == ActorKind.ZONE) {
						return true;
					}
				}
				return jurisdiction.leadingPlace(name) != null;
			}

		};

		List<Candidate> candidates = new ArrayList<>();
		for (PhraseMatcher.Match<Actor> m : known) {
			candidates.add(new Candidate(m.start(), m.end(), m.phrase(), m.value(), "gazetteer"));
		}
		for (ActorPatterns.Candidate c : this.patterns.find(part, suffixes, this.patterns.boundaries(part), context,
				agencyList)) {
			Candidate shaped = refine(c, part, known, jurisdiction, candidates);
			if (shaped != null) {
				candidates.add(shaped);
			}
		}
		for (String place : places) {
			Actor zone = zoneFor(place);
			for (String form : new String[] { place, shortPlace(place) }) {
				for (int at = part.indexOf(form); at >= 0; at = part.indexOf(form, at + 1)) {
					candidates.add(new Candidate(at, at + form.length(), form, zone, "place"));
				}
			}
		}
		candidates.sort(Comparator.comparingInt((Candidate c) -> -c.length())
			.thenComparingInt(Candidate::start)
			.thenComparing(c -> "gazetteer".equals(c.method()) ? 0 : 1));

		List<ActorMention> accepted = new ArrayList<>();
		List<ActorMention> parts = new ArrayList<>();
		ActorMention[] owner = new ActorMention[part.length()];
		for (Candidate c : candidates) {
			ActorMention inside = owner[c.start()];
			boolean clash = false;
			for (int p = c.start(); p < c.end() && !clash; p++) {
				clash = owner[p] != inside;
			}
			if (clash || inside != null && inside.start() == from + c.start() && inside.end() == from + c.end()) {
				// the same name found twice (in the gazetteer and by its shape) is one mention
				continue;
			}
			if (inside == null) {
				ActorMention mention = new ActorMention(from + c.start(), from + c.end(), c.written(), c.actor(),
						c.method(), null);
				accepted.add(mention);
				for (int p = c.start(); p < c.end(); p++) {
					owner[p] = mention;
				}
			}
			else if (inside.actor().kind() != ActorKind.AGENCY && startsTheName(inside, from + c.start(), text)
					&& parts.stream().noneMatch(p -> p.start() == from + c.start())
					&& ("gazetteer".equals(c.method())
							? isOperatorLike(c.actor().kind()) || c.actor().kind() == ActorKind.PLATFORM
											&& inside.actor().kind() == ActorKind.PLATFORM
							: isOperatorLike(c.actor().kind())
									&& !this.patterns.isSuffix(text.substring(from + c.end(), inside.end())))) {
				parts.add(new ActorMention(from + c.start(), from + c.end(), c.written(), c.actor(), c.method(),
						inside));
			}
		}
		List<ActorMention> all = new ArrayList<>(accepted);
		all.addAll(parts);
		all.sort(Comparator.comparingInt(ActorMention::start));
		return all;
	}

	/**
	 * Adjusts a name found by shape against the gazetteer: a known name it merely extends with a stray word or a
	 * bare suffix (布局上海国际时尚中心, 长三角双创示范基地联盟平台) stays the known name; a leading zone that is no
	 * administrative place (复兴岛上海量子城市时空创新基地) or a district before a zone (虹口区曲阳路街道) is split off.
	 */
	private Candidate refine(ActorPatterns.Candidate c, String part, List<PhraseMatcher.Match<Actor>> known,
			Jurisdiction jurisdiction, List<Candidate> out) {
		int start = c.start();
		for (int k = firstAtOrAfter(known, c.start()); k < known.size() && known.get(k).start() < c.end(); k++) {
			PhraseMatcher.Match<Actor> g = known.get(k);
			if (g.start() < start || g.end() > c.end() || g.length() == c.end() - start) {
				continue;
			}
			String before = part.substring(start, g.start());
			String after = part.substring(g.end(), c.end());
			boolean strayBefore = before.isEmpty() || this.gazetteer.scan(before).isEmpty()
					&& !this.patterns.isPlaceShaped(before);
			if (strayBefore && (after.isEmpty() && !before.isEmpty()
					|| this.patterns.isSuffix(after) && g.value().kind() != ActorKind.ZONE)) {
				return null;
			}
			if (g.start() == start && g.value().kind() == ActorKind.ZONE && !after.isEmpty()
					&& (!isAdministrative(g.value()) || c.kind() == ActorKind.ZONE
							&& (c.suffix().text().equals("街道") || c.suffix().text().endsWith("镇")))) {
				start = g.end();
			}
		}
		if (start == c.end() || this.patterns.isSuffix(part.substring(start, c.end()))) {
			return null;
		}
		String name = part.substring(start, c.end());
		return new Candidate(start, c.end(), name, resolve(name, c.kind(), jurisdiction), "pattern");
	}

	private static int firstAtOrAfter(List<PhraseMatcher.Match<Actor>> items, int position) {
		return Offsets.firstAtOrAfter(items, PhraseMatcher.Match::start, position);
	}

	private static boolean isAdministrative(Actor zone) {
		String n = zone.name();
		return n.endsWith("省") || n.endsWith("市") || n.endsWith("县") || n.endsWith("区") && n.length() <= 4
				|| n.endsWith("自治区") || n.endsWith("新区");
	}

	private static boolean isOperatorLike(ActorKind kind) {
		return kind == ActorKind.UNIVERSITY || kind == ActorKind.FIRM;
	}

	/** A part names the operator when it opens the whole name, after at most a place (上海市同济数字城市研究院). */
	private boolean startsTheName(ActorMention whole, int partStart, String text) {
		if (partStart == whole.start()) {
			return true;
		}
		String prefix = text.substring(whole.start(), partStart);
		Actor place = this.gazetteer.lookup(prefix);
		return (place != null && place.kind() == ActorKind.ZONE) || prefix.matches("[\\p{IsHan}]{1,3}(省|市|区|县)");
	}

	private Actor zoneFor(String place) {
		Actor known = this.gazetteer.lookup(place);
		return known != null ? known : new Actor(ActorKind.ZONE, place, null, List.of());
	}

	static String shortPlace(String place) {
		if (place.length() >= 3 && (place.endsWith("市") || place.endsWith("省") || place.endsWith("县")
				|| place.endsWith("区") && !place.endsWith("新区"))) {
			return place.substring(0, place.length() - 1);
		}
		return place;
	}

	/** The actor a name found by shape stands for: the gazetteer's if it knows the name, else a new one. */
	Actor resolve(String name, ActorKind kind, Jurisdiction jurisdiction) {
		return resolve(name, kind, jurisdiction, null);
	}

	Actor resolve(String name, ActorKind kind, Jurisdiction jurisdiction, Character inheritedLevel) {
		Actor known = this.gazetteer.lookup(name);
		if (known != null) {
			return known;
		}
		if (kind != ActorKind.AGENCY && name.length() > 2 && "省市区县".indexOf(name.charAt(0)) >= 0) {
			String place = jurisdiction.placeFor(name.charAt(0));
			Actor qualified = place == null ? null : this.gazetteer.lookup(place + name.substring(1));
			if (qualified != null) {
				return qualified;
			}
		}
		if (kind == ActorKind.AGENCY) {
			Jurisdiction.Qualified q = jurisdiction.qualify(name, inheritedLevel);
			if (q.known() != null) {
				return q.known();
			}
			return new Actor(ActorKind.AGENCY, q.canonical(), null, List.of());
		}
		return new Actor(kind, name, null, List.of());
	}

	/** Merges the actors of many mentions into one per id, with every written form as an alias. */
	static List<Actor> distinct(List<ActorMention> mentions) {
		Map<String, Actor> byId = new java.util.LinkedHashMap<>();
		Map<String, java.util.LinkedHashSet<String>> aliases = new HashMap<>();
		for (ActorMention m : mentions) {
			Actor a = m.actor();
			byId.putIfAbsent(a.id(), a);
			java.util.LinkedHashSet<String> forms = aliases.computeIfAbsent(a.id(),
					k -> new java.util.LinkedHashSet<>(a.aliases()));
			if (!m.written().equals(a.name())) {
				forms.add(m.written());
			}
		}
		List<Actor> actors = new ArrayList<>();
		byId.forEach((id, a) -> actors.add(new Actor(a.kind(), a.name(), a.nameEn(), List.copyOf(aliases.get(id)))));
		return actors;
	}

}
