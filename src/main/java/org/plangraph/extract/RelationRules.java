package org.plangraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.plangraph.document.PlanDocument;
import org.plangraph.document.Section;

/**
 * The relation rules over a document's actor and topic mentions, each fact with its sentence as evidence:
 * <ul>
 * <li>SUPPORTS: a platform, university or firm whose own name names a topic (类脑芯片…平台 → 类脑芯片); one named in
 * a list of actors that the sentence relies on (依托A、B等…), says serves a field (A服务T), names as a category
 * (A等T平台) or as representatives (以A为代表的T) → the topics of those fields, unless a topic is only written inside
 * another actor's name; one a leaf task's text builds, strengthens or relies on (推进A建设, 发挥A作用) → that task.</li>
 * <li>OPERATES: a university or firm that opens a platform's name (复旦大学上海智能产业创新研究院), is written in
 * brackets after it (…创新中心（上海理工）), or builds it (依托X建设Y, X的Y).</li>
 * <li>LOCATED_IN: a zone written right before an actor (复兴岛上海量子…基地), an actor followed by 落户/位于/在 and a
 * zone, and the actors and sub-zones of a sentence whose subject is a zone (嘉定区引进…, X区以A、B为核心).</li>
 * <li>ADVANCES (task → topic it names), ABOUT (goal → topic it names), MENTIONS (task or section → actor).</li>
 * <li>REPORTS_TO from {@code agency-hierarchy.csv} (curated, no evidence) and from jurisdiction: a body of a place
 * reports to that place's 人民政府.</li>
 * </ul>
 */
final class RelationRules {

	static final String CUES = "relation-cues.csv";

	static final String HIERARCHY = "agency-hierarchy.csv";

	private final Map<String, List<String>> cues = new HashMap<>();

	private final Map<String, String> reportsTo = new LinkedHashMap<>();

	private final ActorGazetteer gazetteer;

	private final TopicMatcher topics;

	RelationRules(VocabularyFiles vocabularies, ActorGazetteer gazetteer, TopicMatcher topics) {
		this.gazetteer = gazetteer;
		this.topics = topics;
		for (CSVRecord row : vocabularies.csv(CUES)) {
			this.cues.computeIfAbsent(row.get("rule").strip(), k -> new ArrayList<>()).add(row.get("cue").strip());
		}
		this.cues.values().forEach(list -> list.sort((a, b) -> b.length() - a.length()));
		for (CSVRecord row : vocabularies.csv(HIERARCHY)) {
			this.reportsTo.put(row.get("agency").strip(), row.get("reportsTo").strip());
		}
	}

	private List<String> cues(String rule) {
		return this.cues.getOrDefault(rule, List.of());
	}

	private static boolean serves(ActorKind kind) {
		return kind == ActorKind.PLATFORM || kind == ActorKind.UNIVERSITY || kind == ActorKind.FIRM;
	}

	/** Sentence bounds: split at 。！？； and line ends. */
	static int[] sentence(String text, int at) {
		int s = at;
		while (s > 0 && !isSentenceEnd(text.charAt(s - 1))) {
			s--;
		}
		int e = at;
		while (e < text.length() && !isSentenceEnd(text.charAt(e))) {
			e++;
		}
		while (s < e && Character.isWhitespace(text.charAt(s))) {
			s++;
		}
		return new int[] { s, e };
	}

	private static boolean isSentenceEnd(char c) {
		return c == '。' || c == '！' || c == '？' || c == '；' || c == '\n';
	}

	private static Evidence sentenceOf(String text, int at, String method) {
		int[] s = sentence(text, at);
		return Evidence.of(text, s[0], Math.max(s[1], Math.min(text.length(), at + 1)), method);
	}

	List<Relation> find(PlanDocument document, PlanStructure structure, List<ActorMention> mentions,
			List<TopicMatcher.Mention> topicMentions, Jurisdiction jurisdiction) {
		String text = document.text();
		List<Relation> out = new ArrayList<>();
		List<ActorMention> sorted = new ArrayList<>(mentions);
		sorted.sort(java.util.Comparator.comparingInt(ActorMention::start));
		boolean[] inName = new boolean[text.length() + 1];
		for (ActorMention m : sorted) {
			for (int p = m.start(); p < m.end(); p++) {
				inName[p] = true;
			}
		}
		List<TopicMatcher.Mention> freeTopics = new ArrayList<>();
		for (TopicMatcher.Mention t : topicMentions) {
			if (!inName[t.start()]) {
				freeTopics.add(t);
			}
		}
		supportsByName(text, sorted, out);
		supportsBySentence(text, sorted, freeTopics, out);
		operates(text, sorted, out);
		operatesByLists(text, sorted, out);
		located(text, sorted, out);
		members(text, sorted, out);
		tasks(document, structure, sorted, freeTopics, out);
		for (Goal goal : structure.goals()) {
			if (goal.evidence() == null) {
				continue;
			}
			for (TopicMatcher.Mention t : freeTopics) {
				if (t.start() >= goal.evidence().start() && t.end() <= goal.evidence().end()) {
					out.add(new Relation(RelationType.ABOUT, goal.id(), t.topic().id(),
							new Evidence(goal.evidence().quote(), goal.evidence().start(), goal.evidence().end(),
									"topic")));
				}
			}
		}
		return dedupe(out);
	}

	private static List<Relation> dedupe(List<Relation> relations) {
		Map<String, Relation> unique = new LinkedHashMap<>();
		for (Relation r : relations) {
			unique.putIfAbsent(r.type() + "|" + r.fromId() + "|" + r.toId() + "|" + r.role(), r);
		}
		return new ArrayList<>(unique.values());
	}

	/** 类脑芯片与片上智能系统研发与转化平台 serves 类脑芯片: the fields its own name is headed by. */
	private void supportsByName(String text, List<ActorMention> mentions, List<Relation> out) {
		for (ActorMention m : mentions) {
			if (!serves(m.actor().kind())) {
				continue;
			}
			// the field that heads the name: 北斗高精度位置服务平台 serves 北斗, not 位置服务
			for (String name : List.of(m.written(), m.actor().name())) {
				TopicMatcher.Mention head = this.topics.find(name)
					.stream()
					.filter(t -> this.topics.isField(t.topic()))
					.findFirst()
					.orElse(null);
				if (head != null) {
					out.add(new Relation(RelationType.SUPPORTS, m.actor().id(), head.topic().id(),
							sentenceOf(text, m.start(), "name-topic")));
					break;
				}
			}
		}
	}

	/**
	 * Sentence rules over lists of actors (A、B和C等): what a list is to the fields of its sentence decides whether it
	 * serves them. Relied on (依托A、B等高校，…T; 以A为依托…T), the list serves the fields written after it in its
	 * sentence; a list that says whom it serves (A服务T, A聚焦T) serves the fields of that clause; a list named as a
	 * category (A、B等T平台) or as its representatives (以A为代表的T) serves that field; and T领域…A ties A to T.
	 * Only fields count, only where written outside names, and only whole names: 埃森哲 inside 埃森哲中国数字创新中心
	 * relies on nothing.
	 */
	private void supportsBySentence(String text, List<ActorMention> mentions, List<TopicMatcher.Mention> topics,
			List<Relation> out) {
		boolean previousClauseRelied = false;
		int previousSentence = -1;
		for (List<ActorMention> list : actorLists(text, mentions)) {
			ActorMention first = list.get(0);
			ActorMention last = list.get(list.size() - 1);
			int[] s = sentence(text, first.start());
			if (s[0] != previousSentence) {
				previousClauseRelied = false;
				previousSentence = s[0];
			}
			int clauseStart = clauseStart(text, first.start(), s[0]);
			int clauseEnd = clauseEnd(text, last.end(), s[1]);
			String before = text.substring(clauseStart, first.start()).strip();
			String after = text.substring(last.end(), clauseEnd);
			boolean relied = endsWithAny(before, cues("supports-relied"))
					|| before.endsWith("以") && cueAfterList(after, cues("supports-as-basis"))
					|| before.isEmpty() && previousClauseRelied;
			previousClauseRelied = relied && clauseEnd < s[1];
			boolean serves = cueAfterList(after, cues("supports-serves"));
			int represented = before.endsWith("以") ? indexOfAny(after, cues("supports-represents")) : -1;
			int category = after.startsWith("等") ? last.end() + 1 : -1;
			for (int k = firstAtOrAfter(topics, last.end()); k < topics.size() && topics.get(k).start() < s[1]; k++) {
				TopicMatcher.Mention t = topics.get(k);
				if (t.end() > s[1] || !this.topics.isField(t.topic())) {
					continue;
				}
				String method = null;
				if (relied) {
					method = "relied-on";
				}
				else if (serves && t.end() <= clauseEnd) {
					method = "serves";
				}
				else if (represented >= 0 && t.start() > last.end() + represented
						&& t.start() < last.end() + represented + 12) {
					method = "represents";
				}
				else if (category >= 0 && t.end() <= clauseEnd && t.start() - category <= 3) {
					method = "category";
				}
				if (method != null) {
					addSupports(list, t, Evidence.of(text, s[0], s[1], method), out);
				}
			}
			for (int k = firstAtOrAfter(topics, clauseStart); k < topics.size() && topics.get(k).end() <= first.start(); k++) {
				TopicMatcher.Mention t = topics.get(k);
				if (this.topics.isField(t.topic()) && text.startsWith("领域", t.end())) {
					addSupports(list, t, Evidence.of(text, s[0], s[1], "field-of"), out);
				}
			}
			// 聚焦T1、T2，建设A、B: what a sentence builds for the fields it first focuses on
			if (endsWithAny(before, cues("operates-build"))) {
				int focusClauseEnd = -1;
				for (int k = firstAtOrAfter(topics, s[0]); k < topics.size() && topics.get(k).end() <= clauseStart; k++) {
					TopicMatcher.Mention t = topics.get(k);
					int tClause = clauseStart(text, t.start(), s[0]);
					String lead = text.substring(tClause, t.start());
					if (focusClauseEnd >= 0 && t.start() < focusClauseEnd
							|| this.topics.isField(t.topic()) && startsWithAny(lead, cues("supports-focus"))) {
						if (focusClauseEnd < 0) {
							focusClauseEnd = clauseEnd(text, t.end(), s[1]);
						}
						if (this.topics.isField(t.topic())) {
							addSupports(list, t, Evidence.of(text, s[0], s[1], "focus-build"), out);
						}
					}
				}
			}
		}
	}

	private static void addSupports(List<ActorMention> list, TopicMatcher.Mention topic, Evidence evidence,
			List<Relation> out) {
		for (ActorMention m : list) {
			if (serves(m.actor().kind())) {
				out.add(new Relation(RelationType.SUPPORTS, m.actor().id(), topic.topic().id(), evidence));
			}
		}
	}

	/**
	 * Whole-name mentions grouped into the lists a sentence writes (A、B和C, “A”“B”): only list joiners, quotes and
	 * spaces stand between members.
	 */
	private List<List<ActorMention>> actorLists(String text, List<ActorMention> mentions) {
		List<List<ActorMention>> lists = new ArrayList<>();
		List<ActorMention> current = null;
		for (ActorMention m : mentions) {
			if (m.whole() != null) {
				continue;
			}
			if (current != null) {
				ActorMention previous = current.get(current.size() - 1);
				if (m.start() >= previous.end()
						&& isListJoiner(text.substring(previous.end(), m.start()).strip())) {
					current.add(m);
					continue;
				}
			}
			current = new ArrayList<>();
			current.add(m);
			lists.add(current);
		}
		return lists;
	}

	private boolean isListJoiner(String between) {
		String bare = between.replace("“", "").replace("”", "").replace("\"", "").replace(" ", "");
		return bare.isEmpty() || cues("list-joiner").contains(bare);
	}

	/**
	 * 等高校、科研院所和企业为依托 → 为依托: a list summed up with category words (等…) is followed by the cue after
	 * them; without 等, the cue must follow the list directly.
	 */
	private static boolean cueAfterList(String after, List<String> words) {
		if (startsWithAny(after, words)) {
			return true;
		}
		if (!after.startsWith("等")) {
			return false;
		}
		int cue = indexOfAny(after, words);
		return cue > 0 && cue <= 16;
	}

	private static boolean endsWithAny(String text, List<String> words) {
		return words.stream().anyMatch(text::endsWith);
	}

	private static boolean startsWithAny(String text, List<String> words) {
		return words.stream().anyMatch(text::startsWith);
	}

	/** Where the first of {@code words} starts in {@code text}, or -1. */
	private static int indexOfAny(String text, List<String> words) {
		int best = -1;
		for (String w : words) {
			int i = text.indexOf(w);
			if (i >= 0 && (best < 0 || i < best)) {
				best = i;
			}
		}
		return best;
	}

	private static int clauseStart(String text, int at, int floor) {
		int i = at;
		while (i > floor && text.charAt(i - 1) != '，' && text.charAt(i - 1) != ',') {
			i--;
		}
		return i;
	}

	private static int clauseEnd(String text, int at, int limit) {
		int i = at;
		while (i < limit && text.charAt(i) != '，' && text.charAt(i) != ',') {
			i++;
		}
		return i;
	}

	private static int firstAtOrAfter(List<TopicMatcher.Mention> items, int position) {
		return Offsets.firstAtOrAfter(items, TopicMatcher.Mention::start, position);
	}

	private void operates(String text, List<ActorMention> mentions, List<Relation> out) {
		for (int i = 0; i < mentions.size(); i++) {
			ActorMention m = mentions.get(i);
			// nested names: the university or firm that opens a platform's name runs it
			if (m.whole() != null && m.whole().actor().kind() == ActorKind.PLATFORM
					&& (m.actor().kind() == ActorKind.UNIVERSITY || m.actor().kind() == ActorKind.FIRM)) {
				out.add(new Relation(RelationType.OPERATES, m.actor().id(), m.whole().actor().id(),
						sentenceOf(text, m.start(), "nested-name")));
				continue;
			}
			if (m.actor().kind() != ActorKind.PLATFORM || m.whole() != null) {
				continue;
			}
			// …创新中心（上海理工）
			if (m.end() < text.length() && (text.charAt(m.end()) == '（' || text.charAt(m.end()) == '(')) {
				for (ActorMention o : mentions) {
					if (o.start() == m.end() + 1 && o.end() < text.length()
							&& (text.charAt(o.end()) == '）' || text.charAt(o.end()) == ')')
							&& isOperator(o.actor().kind())) {
						out.add(new Relation(RelationType.OPERATES, o.actor().id(), m.actor().id(),
								sentenceOf(text, m.start(), "bracketed-operator")));
					}
				}
			}
		}
		// 依托X建设Y, X牵头建设Y, X共同搭建Y, X的Y
		for (int i = 0; i < mentions.size(); i++) {
			ActorMention x = mentions.get(i);
			if (!isOperator(x.actor().kind()) || x.whole() != null) {
				continue;
			}
			int[] s = sentence(text, x.start());
			for (int j = i + 1; j < mentions.size(); j++) {
				ActorMention y = mentions.get(j);
				if (y.start() >= s[1] || y.whole() != null) {
					break;
				}
				if (y.actor().kind() != ActorKind.PLATFORM) {
					continue;
				}
				String between = text.substring(x.end(), y.start());
				if (between.equals("的")) {
					out.add(new Relation(RelationType.OPERATES, x.actor().id(), y.actor().id(),
							Evidence.of(text, s[0], s[1], "possessive")));
					break;
				}
				if (between.length() > 8 || between.contains("，") || between.contains("、")) {
					break;
				}
				String before = text.substring(Math.max(s[0], x.start() - 3), x.start());
				boolean relied = cues("operates-before").stream().anyMatch(before::endsWith);
				boolean subject = x.start() == s[0] || "，".indexOf(text.charAt(x.start() - 1)) >= 0;
				boolean build = cues("operates-build").stream().anyMatch(between::endsWith);
				if (build && (relied || subject && x.actor().kind() != ActorKind.AGENCY || between.startsWith("牵头")
						|| between.startsWith("共同"))) {
					out.add(new Relation(RelationType.OPERATES, x.actor().id(), y.actor().id(),
							Evidence.of(text, s[0], s[1], "builds")));
				}
				break;
			}
		}
	}

	private static boolean isOperator(ActorKind kind) {
		return kind == ActorKind.UNIVERSITY || kind == ActorKind.FIRM || kind == ActorKind.AGENCY;
	}

	private static boolean isAdministrative(Actor zone) {
		String n = zone.name();
		return n.endsWith("省") || n.endsWith("市") || n.endsWith("县") || n.endsWith("区") && n.length() <= 4
				|| n.endsWith("自治区") || n.endsWith("新区");
	}

	private void located(String text, List<ActorMention> mentions, List<Relation> out) {
		for (int i = 0; i < mentions.size(); i++) {
			ActorMention m = mentions.get(i);
			if (m.actor().kind() == ActorKind.AGENCY) {
				continue;
			}
			// 复兴岛上海量子城市时空创新基地, 虹口区曲阳路街道: a zone written right before an actor
			if (m.actor().kind() == ActorKind.ZONE && m.whole() == null) {
				for (int j = i + 1; j < mentions.size(); j++) {
					ActorMention next = mentions.get(j);
					String gap = next.start() >= m.end() ? text.substring(m.end(), next.start()) : "";
					boolean inside = cues("zone-inside").contains(gap);
					if (next.start() > m.end() && !inside) {
						break;
					}
					if ((next.start() == m.end() || inside) && next.whole() == null && next.actor().kind() != ActorKind.AGENCY
							&& !next.actor().id().equals(m.actor().id())
							&& !(next.actor().kind() == ActorKind.ZONE && isAdministrative(next.actor()))) {
						out.add(new Relation(RelationType.LOCATED_IN, next.actor().id(), m.actor().id(),
								sentenceOf(text, m.start(), inside ? "zone-inside" : "zone-before-actor")));
					}
					if (inside) {
						break;
					}
				}
			}
			if (m.whole() != null) {
				continue;
			}
			// X落户Z, X在Z成立, X位于Z
			int[] s = sentence(text, m.start());
			for (int j = i + 1; j < mentions.size(); j++) {
				ActorMention z = mentions.get(j);
				if (z.start() >= s[1]) {
					break;
				}
				if (z.whole() != null || z.start() < m.end()) {
					continue;
				}
				String between = text.substring(m.end(), z.start());
				if (z.actor().kind() != ActorKind.ZONE) {
					if (!between.isEmpty() && !between.equals("、") && !between.equals("和")) {
						break;
					}
					continue;
				}
				String lead = text.substring(Math.max(s[0], m.start() - 3), m.start());
				boolean reliedOn = between.endsWith("在") && cues("operates-before").stream().anyMatch(lead::endsWith);
				if (between.length() <= 16 && !between.contains("，")
						&& cues("located-after").stream().anyMatch(between::endsWith) && !reliedOn
						&& !z.actor().id().equals(m.actor().id())) {
					out.add(new Relation(RelationType.LOCATED_IN, m.actor().id(), z.actor().id(),
							Evidence.of(text, s[0], s[1], "located-cue")));
				}
				break;
			}
			// a sentence whose subject is a zone: 嘉定区引进联影医疗…, 产业创新承载区以杨浦滨江、大创智…为核心
			if (m.actor().kind() == ActorKind.ZONE) {
				String after = text.substring(m.end(), Math.min(s[1], m.end() + 8));
				boolean placedIn = m.start() > s[0] && text.charAt(m.start() - 1) == '在';
				boolean subject = cues("zone-subject").stream().anyMatch(after::startsWith)
						&& (m.start() == s[0] || placedIn || isAdministrative(m.actor()) == false);
				if (!subject) {
					continue;
				}
				// 在Z建设X，…: a zone after 在 places only what its own clause builds
				int scopeEnd = placedIn && m.start() > s[0] ? clauseEnd(text, m.end(), s[1]) : s[1];
				for (int j = i + 1; j < mentions.size(); j++) {
					ActorMention o = mentions.get(j);
					if (o.start() >= scopeEnd) {
						break;
					}
					if (o.whole() != null || o.actor().kind() == ActorKind.AGENCY
							|| o.actor().id().equals(m.actor().id())
							|| o.actor().kind() == ActorKind.ZONE && isAdministrative(o.actor())) {
						continue;
					}
					out.add(new Relation(RelationType.LOCATED_IN, o.actor().id(), m.actor().id(),
							Evidence.of(text, s[0], s[1], "zone-subject")));
				}
			}
		}
	}

	/**
	 * Members of a named area: 长寿、长风、中环等南部创新发展带 (the places listed before 等 and a zone), 以桃浦科技智慧城为核心的
	 * 北部创新发展带 (the core of the zone named next).
	 */
	private void members(String text, List<ActorMention> all, List<Relation> out) {
		List<ActorMention> mentions = all.stream().filter(m -> m.whole() == null).toList();
		for (int i = 0; i < mentions.size(); i++) {
			ActorMention z = mentions.get(i);
			if (z.actor().kind() != ActorKind.ZONE || z.whole() != null || z.start() == 0) {
				continue;
			}
			int[] s = sentence(text, z.start());
			if (text.charAt(z.start() - 1) == '等') {
				for (int j = i - 1; j >= 0; j--) {
					ActorMention member = mentions.get(j);
					if (member.start() < s[0]) {
						break;
					}
					if (member.whole() != null) {
						continue;
					}
					String gap = text.substring(member.end(), j == i - 1 ? z.start() - 1 : mentions.get(j + 1).start())
						.replaceAll("[“”\\s]", "");
					if (!gap.isEmpty() && !gap.equals("、") && !gap.equals("和") || member.actor().kind() == ActorKind.AGENCY) {
						break;
					}
					out.add(new Relation(RelationType.LOCATED_IN, member.actor().id(), z.actor().id(),
							Evidence.of(text, s[0], s[1], "listed-members")));
				}
			}
			String before = text.substring(Math.max(s[0], z.start() - 30), z.start());
			int core = before.lastIndexOf("为核心");
			int open = before.lastIndexOf('以');
			if (core >= 0 && open >= 0 && open < core && !before.substring(core).contains("，")) {
				int from = z.start() - before.length() + open;
				for (ActorMention member : mentions) {
					if (member.start() > from && member.end() <= z.start() - before.length() + core
							&& member.whole() == null && member.actor().kind() != ActorKind.AGENCY
							&& !member.actor().id().equals(z.actor().id())) {
						out.add(new Relation(RelationType.LOCATED_IN, member.actor().id(), z.actor().id(),
								Evidence.of(text, s[0], s[1], "core-of")));
					}
				}
			}
		}
	}

	/** SUPPORTS and MENTIONS for tasks and sections, ADVANCES for the topics a task names. */
	private void tasks(PlanDocument document, PlanStructure structure, List<ActorMention> mentions,
			List<TopicMatcher.Mention> topics, List<Relation> out) {
		String text = document.text();
		Map<String, Section> sections = new HashMap<>();
		document.sections().forEach(s -> sections.put(s.code(), s));
		Set<String> taskSections = new HashSet<>();
		for (Task task : structure.tasks()) {
			Section section = sections.get(task.sectionCode());
			int from = section != null ? section.start() : task.evidence().start();
			int to = section != null ? Math.min(section.end(), text.length()) : task.evidence().end();
			taskSections.add(task.sectionCode());
			for (ActorMention m : mentions) {
				if (m.start() < from || m.end() > to) {
					continue;
				}
				Evidence evidence = sentenceOf(text, m.start(), "task-text");
				out.add(new Relation(RelationType.MENTIONS, task.id(), m.actor().id(), evidence));
				if (serves(m.actor().kind()) && m.whole() == null && innermostTask(structure, sections, task, m)
						&& engaged(text, m)) {
					out.add(new Relation(RelationType.SUPPORTS, m.actor().id(), task.id(), evidence));
				}
			}
			for (TopicMatcher.Mention t : topics) {
				if (t.start() >= from && t.end() <= to) {
					out.add(new Relation(RelationType.ADVANCES, task.id(), t.topic().id(),
							sentenceOf(text, t.start(), "task-text")));
				}
			}
		}
		for (Section section : document.sections()) {
			if (taskSections.contains(section.code())) {
				continue;
			}
			String id = NodeIds.section(document.id(), section.code());
			for (ActorMention m : mentions) {
				if (m.start() >= section.start() && m.end() <= section.end()) {
					out.add(new Relation(RelationType.MENTIONS, id, m.actor().id(),
							sentenceOf(text, m.start(), "section-text")));
				}
			}
		}
	}

	/**
	 * OPERATES for lists of operators: builders named together (A与B共建Y, A、B联合建设Y), by 由 (由A、B建设的Y), or after
	 * the platform (Y由A运营). Every university, firm or platform of the list runs Y; agencies only lead.
	 */
	private void operatesByLists(String text, List<ActorMention> mentions, List<Relation> out) {
		List<List<ActorMention>> lists = actorLists(text, mentions);
		for (int i = 0; i < lists.size(); i++) {
			List<ActorMention> list = lists.get(i);
			ActorMention first = list.get(0);
			ActorMention last = list.get(list.size() - 1);
			int[] s = sentence(text, first.start());
			String before = text.substring(clauseStart(text, first.start(), s[0]), first.start()).strip();
			if (i + 1 < lists.size() && lists.get(i + 1).get(0).start() >= last.end()) {
				ActorMention platform = lists.get(i + 1).get(0);
				String between = text.substring(last.end(), platform.start()).strip();
				String verb = between.endsWith("的") ? between.substring(0, between.length() - 1) : between;
				boolean builds = platform.start() < s[1] && platform.actor().kind() == ActorKind.PLATFORM
						&& between.length() <= 8 && !between.contains("，") && !between.contains("、")
						&& endsWithAny(verb, cues("operates-build"));
				boolean together = list.size() > 1 && startsWithAny(verb, cues("operates-jointly"));
				if (builds && (before.endsWith("由") || together)) {
					addOperators(list, platform, Evidence.of(text, s[0], s[1], together ? "builds-jointly" : "built-by"),
							out);
				}
			}
			// Y由A、B运营
			if (before.endsWith("由") && i > 0 && lists.get(i - 1).get(lists.get(i - 1).size() - 1).end() <= first.start()) {
				ActorMention platform = lists.get(i - 1).get(lists.get(i - 1).size() - 1);
				String link = text.substring(platform.end(), first.start()).strip();
				String after = text.substring(last.end(), clauseEnd(text, last.end(), s[1]));
				if (platform.start() >= s[0] && platform.actor().kind() == ActorKind.PLATFORM && link.equals("由")
						&& (startsWithAny(after, cues("operates-build")) || startsWithAny(after, cues("operates-jointly"))
								&& cues("operates-build").stream().anyMatch(after::contains))) {
					addOperators(list, platform, Evidence.of(text, s[0], s[1], "built-by"), out);
				}
			}
		}
	}

	private void addOperators(List<ActorMention> list, ActorMention platform, Evidence evidence,
			List<Relation> out) {
		for (ActorMention m : list) {
			if (isOperator(m.actor().kind()) && m.actor().kind() != ActorKind.AGENCY
					&& !m.actor().id().equals(platform.actor().id())) {
				out.add(new Relation(RelationType.OPERATES, m.actor().id(), platform.actor().id(), evidence));
			}
		}
	}

	/** Whether no sub-task of {@code task} holds the mention: an actor serves the leaf task whose text names it. */
	private static boolean innermostTask(PlanStructure structure, Map<String, Section> sections, Task task,
			ActorMention m) {
		for (Task other : structure.tasks()) {
			Section inner = sections.get(other.sectionCode());
			if (other != task && inner != null && other.sectionCode().startsWith(task.sectionCode() + ".")
					&& m.start() >= inner.start() && m.end() <= inner.end()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the task does something with the actor: its clause builds, strengthens or relies on it (推进A建设,
	 * 发挥A作用, 依托A), rather than only naming it (A营收过千亿, A登陆科创板).
	 */
	private boolean engaged(String text, ActorMention m) {
		int[] s = sentence(text, m.start());
		String clause = text.substring(clauseStart(text, m.start(), s[0]), clauseEnd(text, m.end(), s[1]));
		return cues("task-engagement").stream().anyMatch(clause::contains);
	}

	/** REPORTS_TO for a document's agencies, and the agencies those lines reach that the document does not name. */
	record Hierarchy(List<Relation> relations, List<Actor> actors) {
	}

	Hierarchy hierarchy(List<Actor> actors, List<Actor> issuers, Jurisdiction jurisdiction, String text,
			List<ActorMention> mentions) {
		List<Relation> out = new ArrayList<>();
		Map<String, Actor> extra = new LinkedHashMap<>();
		Set<String> present = new HashSet<>();
		List<Actor> agencies = new ArrayList<>();
		for (Actor a : actors) {
			if (a.kind() == ActorKind.AGENCY && present.add(a.id())) {
				agencies.add(a);
			}
		}
		for (Actor a : issuers) {
			if (present.add(a.id())) {
				agencies.add(a);
			}
		}
		List<Actor> queue = new ArrayList<>(agencies);
		Set<String> done = new HashSet<>();
		while (!queue.isEmpty()) {
			Actor a = queue.remove(0);
			if (!done.add(a.id())) {
				continue;
			}
			String parent = this.reportsTo.get(a.name());
			if (parent != null) {
				Actor p = agency(parent);
				out.add(new Relation(RelationType.REPORTS_TO, a.id(), p.id(), null));
				if (!present.contains(p.id())) {
					extra.putIfAbsent(p.id(), p);
				}
				queue.add(p);
				continue;
			}
			// a body of one of the document's places reports to that place's government
			for (String place : jurisdiction.places()) {
				if (!a.name().startsWith(place) || a.name().length() <= place.length()) {
					continue;
				}
				String government = jurisdiction.governmentOf(place);
				String parentPlace = jurisdiction.parentOf(place);
				if (a.name().equals(government) || a.name().equals(place + "人民政府")) {
					if (parentPlace != null) {
						Actor p = agency(jurisdiction.governmentOf(parentPlace));
						out.add(new Relation(RelationType.REPORTS_TO, a.id(), p.id(), null));
						extra.putIfAbsent(p.id(), p);
						queue.add(p);
					}
				}
				else {
					Actor p = agency(government);
					ActorMention first = mentions.stream()
						.filter(m -> m.actor().id().equals(a.id()))
						.findFirst()
						.orElse(null);
					Evidence evidence = first == null ? null : sentenceOf(text, first.start(), "jurisdiction");
					out.add(new Relation(RelationType.REPORTS_TO, a.id(), p.id(), evidence));
					extra.putIfAbsent(p.id(), p);
					queue.add(p);
				}
				break;
			}
		}
		extra.keySet().removeAll(present);
		return new Hierarchy(dedupe(out), new ArrayList<>(extra.values()));
	}

	private Actor agency(String name) {
		Actor known = this.gazetteer.lookup(name);
		return known != null ? known : new Actor(ActorKind.AGENCY, name, null, List.of());
	}

}
