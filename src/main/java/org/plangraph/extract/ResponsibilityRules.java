package org.plangraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.plangraph.document.DocumentKind;
import org.plangraph.document.PlanDocument;
import org.plangraph.document.Section;

/**
 * Who answers for each task ({@code RESPONSIBLE_FOR} with a role): the responsibility brackets after a task
 * (（责任单位：A、B）, （A牵头，B、C配合，各县（市、区）落实）, （牵头单位：A；配合单位：B）, （A负责）), 由X牵头 and
 * 会同X in a task's own text, a reply's 承办单位 as {@code HANDLER}, and the issuers as {@code ACCOUNTABLE} for every
 * task that names nobody. Cue words and their roles are in {@code responsibility-cues.csv}.
 */
final class ResponsibilityRules {

	static final String CUES = "responsibility-cues.csv";

	static final String LEAD = "LEAD";

	static final String CO_LEAD = "CO_LEAD";

	static final String HANDLER = "HANDLER";

	static final String ACCOUNTABLE = "ACCOUNTABLE";

	private static final String LIST = "LIST";

	private static final Pattern BARE_PLACE = Pattern.compile("^[\\p{IsHan}]{2,4}(?:市|县|区|州)$");

	private static final Pattern HANDLING_UNIT = Pattern
		.compile("(?:承办单位|主办单位|办理单位)\\s*[：:]\\s*([\\p{IsHan}（）()]{2,40})");

	private static final Pattern JOINTLY = Pattern.compile("会同([^。；，]{2,60}?)(?:共同|一起|联合)?(?:办理|研究办理|答复)");

	private static final Pattern TRAILING_NOISE = Pattern
		.compile("(?:按职责分工|按职责|根据职责|分别|共同|等)+$");

	private record Cue(String text, boolean label, String role) {
	}

	private final List<Cue> labels = new ArrayList<>();

	private final List<Cue> trailing = new ArrayList<>();

	private final ActorRecognizer recognizer;

	private final ActorPatterns patterns;

	private final Set<String> protectedBodies = new LinkedHashSet<>();

	ResponsibilityRules(VocabularyFiles vocabularies, ActorRecognizer recognizer, ActorPatterns patterns,
			Jurisdiction.Rules jurisdiction) {
		this.recognizer = recognizer;
		this.patterns = patterns;
		for (CSVRecord row : vocabularies.csv(CUES)) {
			String position = row.get("position").strip().toLowerCase(Locale.ROOT);
			Cue cue = new Cue(row.get("cue").strip(), position.equals("label"), row.get("role").strip());
			if (!position.equals("label") && !position.equals("trailing")) {
				throw new IllegalArgumentException("%s line %d: position must be label or trailing, not '%s'"
					.formatted(CUES, row.getParser().getCurrentLineNumber(), position));
			}
			(cue.label() ? this.labels : this.trailing).add(cue);
		}
		// longest cue first, so 牵头并按职责分工负责 wins over 负责
		this.trailing.sort((a, b) -> b.text().length() - a.text().length());
		this.labels.sort((a, b) -> b.text().length() - a.text().length());
		for (String body : jurisdiction.fullBodies()) {
			if (body.contains("和") || body.contains("及") || body.contains("与")) {
				this.protectedBodies.add(body);
			}
		}
	}

	/** What the rules found: agencies named (new mentions) and their RESPONSIBLE_FOR relations. */
	record Result(List<ActorMention> mentions, List<Relation> relations) {
	}

	Result find(PlanDocument document, List<Task> tasks, Jurisdiction jurisdiction, List<ActorMention> textMentions,
			List<Actor> issuers) {
		String text = document.text();
		List<ActorMention> mentions = new ArrayList<>();
		List<Relation> relations = new ArrayList<>();
		Map<String, Section> sections = new java.util.HashMap<>();
		document.sections().forEach(s -> sections.put(s.code(), s));
		boolean reply = document.metadata() != null && document.metadata().kind() == DocumentKind.REPLY;
		List<Relation> replyWide = reply ? replyHandlers(document, tasks, jurisdiction, issuers, mentions)
				: List.of();
		for (Task task : tasks) {
			int[] span = span(task, sections, text);
			List<Relation> found = new ArrayList<>();
			brackets(text, span[0], span[1], task.id(), jurisdiction, mentions, found);
			if (found.isEmpty()) {
				inText(text, span[0], span[1], task.id(), textMentions, found, reply, jurisdiction, mentions);
			}
			for (Relation r : replyWide) {
				found.add(new Relation(r.type(), r.fromId(), task.id(), r.role(), r.evidence()));
			}
			if (found.isEmpty()) {
				for (Actor issuer : issuers) {
					found.add(new Relation(RelationType.RESPONSIBLE_FOR, issuer.id(), task.id(), ACCOUNTABLE,
							new Evidence(task.evidence().quote(), task.evidence().start(), task.evidence().end(),
									"issuer-accountable")));
				}
			}
			relations.addAll(found);
		}
		if (tasks.isEmpty()) {
			for (Relation r : replyWide) {
				relations.add(new Relation(r.type(), r.fromId(), document.id(), r.role(), r.evidence()));
			}
		}
		return new Result(mentions, relations);
	}

	private static int[] span(Task task, Map<String, Section> sections, String text) {
		Section section = sections.get(task.sectionCode());
		if (section != null) {
			return new int[] { section.start(), Math.min(section.end(), text.length()) };
		}
		return new int[] { task.evidence().start(), task.evidence().end() };
	}

	/** Every responsibility bracket in {@code text[from, to)}. */
	void brackets(String text, int from, int to, String taskId, Jurisdiction jurisdiction,
			List<ActorMention> mentions, List<Relation> out) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c != '（' && c != '(') {
				continue;
			}
			int close = closing(text, i, to);
			if (close < 0) {
				continue;
			}
			String content = text.substring(i + 1, close);
			if (hasCue(content)) {
				Evidence evidence = Evidence.of(text, sentenceStart(text, i, from), close + 1, "responsibility-bracket");
				parseBracket(text, i + 1, close, taskId, jurisdiction, evidence, mentions, out);
			}
			i = close;
		}
	}

	private boolean hasCue(String content) {
		for (Cue cue : this.labels) {
			if (content.contains(cue.text())) {
				return true;
			}
		}
		for (Cue cue : this.trailing) {
			if (!cue.role().equals(CO_LEAD) && content.endsWith(cue.text()) || content.contains(cue.text() + "，")
					|| content.contains(cue.text() + "；")) {
				return true;
			}
		}
		return false;
	}

	private static int closing(String text, int open, int limit) {
		int depth = 0;
		for (int j = open; j < limit && j < open + 400; j++) {
			char c = text.charAt(j);
			if (c == '（' || c == '(') {
				depth++;
			}
			else if (c == '）' || c == ')') {
				depth--;
				if (depth == 0) {
					return j;
				}
			}
		}
		return -1;
	}

	private static int sentenceStart(String text, int at, int floor) {
		int i = at - 1;
		while (i > floor) {
			char c = text.charAt(i);
			if ((c == '。' || c == '；' || c == '\n') && i < at - 1) {
				return i + 1;
			}
			i--;
		}
		return floor;
	}

	/** One unit named in a list, with its offsets. */
	private record Item(String name, int start, int end) {
	}

	private void parseBracket(String text, int from, int to, String taskId, Jurisdiction jurisdiction,
			Evidence evidence, List<ActorMention> mentions, List<Relation> out) {
		boolean hasLeadLabel = false;
		for (Cue cue : this.labels) {
			if (cue.role().equals(LEAD) && text.substring(from, to).contains(cue.text())) {
				hasLeadLabel = true;
			}
		}
		boolean leadSeen = false;
		Character level = null;
		for (int[] clause : split(text, from, to, "，,；;。")) {
			int s = clause[0];
			int e = clause[1];
			String role = null;
			for (Cue cue : this.labels) {
				int at = text.indexOf(cue.text(), s, e);
				if (at >= s && at < e) {
					int colon = at + cue.text().length();
					while (colon < e && (text.charAt(colon) == '：' || text.charAt(colon) == ':'
							|| text.charAt(colon) == ' ')) {
						colon++;
					}
					s = colon;
					role = cue.role().equals(LIST) && hasLeadLabel ? CO_LEAD : cue.role();
					break;
				}
			}
			String clauseText = text.substring(s, e);
			for (Cue cue : this.trailing) {
				if (clauseText.endsWith(cue.text()) && clauseText.length() > cue.text().length()) {
					String trailingRole = cue.role();
					e -= cue.text().length();
					if (role == null || trailingRole.equals(LEAD)) {
						role = trailingRole;
					}
					break;
				}
			}
			if (role == null) {
				continue;
			}
			if (role.equals(LIST) && leadSeen) {
				role = CO_LEAD;
			}
			List<Item> items = items(text, s, e);
			boolean first = true;
			boolean genericFirst = false;
			for (Item item : items) {
				String name = item.name();
				if (first && name.length() > 1 && "省市区县".indexOf(name.charAt(0)) >= 0) {
					level = name.charAt(0);
				}
				boolean generic = isGenericUnit(name);
				if (first && generic) {
					genericFirst = true;
				}
				String itemRole = role;
				if (role.equals(LIST)) {
					itemRole = first && !genericFirst ? LEAD : CO_LEAD;
				}
				first = false;
				if (generic) {
					continue;
				}
				ActorKind kind = kindOf(name);
				Actor actor = this.recognizer.resolve(name, kind, jurisdiction,
						level != null && !startsWithPlace(name, jurisdiction) ? level : null);
				mentions.add(new ActorMention(item.start(), item.end(), text.substring(item.start(), item.end()), actor,
						"responsibility-list", null));
				if (actor.kind() == ActorKind.AGENCY) {
					out.add(new Relation(RelationType.RESPONSIBLE_FOR, actor.id(), taskId, itemRole, evidence));
					leadSeen |= itemRole.equals(LEAD);
				}
			}
		}
	}

	private boolean startsWithPlace(String name, Jurisdiction jurisdiction) {
		return "省市区县".indexOf(name.charAt(0)) >= 0 || jurisdiction.leadingPlace(name) != null;
	}

	private ActorKind kindOf(String name) {
		for (PhraseMatcher.Match<ActorPatterns.Suffix> m : this.patterns.suffixes(name)) {
			if (m.end() == name.length()) {
				ActorKind kind = m.value().kind();
				return kind == ActorKind.ZONE || kind == ActorKind.PLATFORM && !name.endsWith("中心") ? kind
						: kind == ActorKind.PLATFORM ? ActorKind.AGENCY : kind;
			}
		}
		return ActorKind.AGENCY;
	}

	private boolean isGenericUnit(String name) {
		return name.startsWith("各") || name.startsWith("有关") || name.startsWith("相关") || name.contains("有关部门")
				|| name.contains("有关单位") || name.contains("相关部门") || name.contains("成员单位")
				|| name.endsWith("各部门") || this.patterns.isGeneric(name) || name.length() < 2;
	}

	/** Items of a list: split at 、 and at 和/及/与/等 outside brackets and outside bodies such as 发展和改革委员会. */
	private List<Item> items(String text, int from, int to) {
		List<Item> items = new ArrayList<>();
		for (int[] part : split(text, from, to, "、")) {
			int s = part[0];
			int e = part[1];
			int cut = s;
			for (int i = s; i < e; i++) {
				char c = text.charAt(i);
				if ((c == '和' || c == '及' || c == '与' || c == '等') && !insideBody(text, i, s, e)) {
					add(items, text, cut, i);
					cut = i + 1;
				}
			}
			add(items, text, cut, e);
		}
		// 郑州市、开封市、洛阳市政府: places listed before the body they share
		for (int i = items.size() - 2; i >= 0; i--) {
			Item item = items.get(i);
			if (BARE_PLACE.matcher(item.name()).matches()) {
				Item next = items.get(i + 1);
				Matcher m = Pattern.compile("^[\\p{IsHan}]{2,4}(?:市|县|区|州)(.+)$").matcher(next.name());
				if (m.matches()) {
					items.set(i, new Item(item.name() + m.group(1), item.start(), item.end()));
				}
			}
		}
		return items;
	}

	private boolean insideBody(String text, int at, int from, int to) {
		for (String body : this.protectedBodies) {
			int k = body.indexOf(text.charAt(at));
			while (k >= 0) {
				int start = at - k;
				if (start >= from && start + body.length() <= to && text.startsWith(body, start)) {
					return true;
				}
				k = body.indexOf(text.charAt(at), k + 1);
			}
		}
		return false;
	}

	private static void add(List<Item> items, String text, int s, int e) {
		while (s < e && Character.isWhitespace(text.charAt(s))) {
			s++;
		}
		String name = text.substring(s, e).strip();
		Matcher noise = TRAILING_NOISE.matcher(name);
		if (noise.find()) {
			name = name.substring(0, noise.start());
		}
		if (name.length() >= 2) {
			items.add(new Item(name, s, s + name.length()));
		}
	}

	/** Offsets of the parts of {@code text[from, to)} between separators at bracket depth 0. */
	private static List<int[]> split(String text, int from, int to, String separators) {
		List<int[]> parts = new ArrayList<>();
		int depth = 0;
		int start = from;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '（' || c == '(') {
				depth++;
			}
			else if (c == '）' || c == ')') {
				depth--;
			}
			else if (depth == 0 && separators.indexOf(c) >= 0) {
				parts.add(new int[] { start, i });
				start = i + 1;
			}
		}
		parts.add(new int[] { start, to });
		return parts;
	}

	/**
	 * Responsibility stated in the task's own sentences: 由X牵头 and X牵头/负责 make X lead, 会同X and X配合 make X
	 * co-lead. In a reply, units the handler works with (会同X, 联合X) co-lead that reply.
	 */
	private void inText(String text, int from, int to, String taskId, List<ActorMention> textMentions,
			List<Relation> out, boolean reply, Jurisdiction jurisdiction, List<ActorMention> mentions) {
		for (ActorMention m : textMentions) {
			if (m.start() < from || m.end() > to || !canAnswer(m) || m.whole() != null
					|| m.actor().kind() == ActorKind.ZONE && !listedWithAgency(text, m, textMentions)) {
				continue;
			}
			int after = skipList(text, m.end(), to, textMentions);
			String next = text.substring(after, Math.min(to, after + 6));
			// 会同市财政局、市自然资源规划局: every unit of the list after 会同 co-leads
			int listStart = listStart(text, m.start(), from, textMentions);
			String before = text.substring(Math.max(from, listStart - 3), listStart);
			String role = null;
			if (next.startsWith("牵头") || next.startsWith("负责") && !next.startsWith("负责同志")
					|| next.startsWith("发挥统筹")) {
				role = LEAD;
			}
			else if (before.endsWith("会同") || before.endsWith("配合") || next.startsWith("配合")
					|| next.startsWith("协同") || reply && (before.endsWith("联合") || before.endsWith("协调"))) {
				role = CO_LEAD;
			}
			if (role != null) {
				String agencyId = m.actor().id();
				if (m.actor().kind() == ActorKind.ZONE) {
					// A place named as a responsible unit (市科委、杨浦区牵头) stands for its government.
					Actor government = new Actor(ActorKind.AGENCY, jurisdiction.governmentOf(m.actor().name()), null,
							List.of());
					mentions.add(new ActorMention(m.start(), m.end(), m.written(), government, "place-government",
							null));
					agencyId = government.id();
				}
				int s = sentenceStart(text, m.start(), from);
				int e = sentenceEnd(text, m.end(), to);
				out.add(new Relation(RelationType.RESPONSIBLE_FOR, agencyId, taskId, role,
						Evidence.of(text, s, e, "responsibility-text")));
			}
		}
	}

	/** A place in a list of units with an agency right before it (市科委、杨浦区), not a place on its own. */
	private static boolean listedWithAgency(String text, ActorMention place, List<ActorMention> mentions) {
		return place.start() > 0 && text.charAt(place.start() - 1) == '、' && mentions.stream()
			.anyMatch(other -> other.end() == place.start() - 1 && other.actor().kind() == ActorKind.AGENCY);
	}

	/** Agencies, and places of government level (杨浦区, 延安市) that a list of responsible units may name. */
	private static boolean canAnswer(ActorMention m) {
		return m.actor().kind() == ActorKind.AGENCY
				|| m.actor().kind() == ActorKind.ZONE && BARE_PLACE.matcher(m.actor().name()).matches();
	}

	/** Where the list of units that {@code at} belongs to starts (市财政局、市自然资源规划局 → 市财政局). */
	private static int listStart(String text, int at, int from, List<ActorMention> mentions) {
		int pos = at;
		boolean moved = true;
		while (moved) {
			moved = false;
			if (pos - 1 > from && (text.charAt(pos - 1) == '、' || text.charAt(pos - 1) == '和')) {
				for (ActorMention other : mentions) {
					if (other.end() == pos - 1 && other.whole() == null && canAnswer(other)) {
						pos = other.start();
						moved = true;
						break;
					}
				}
			}
		}
		return pos;
	}

	/** Past a list of further agencies (A、B牵头): where the words after the last of them start. */
	private static int skipList(String text, int at, int to, List<ActorMention> mentions) {
		int pos = at;
		boolean moved = true;
		while (moved) {
			moved = false;
			if (pos < to && (text.charAt(pos) == '、' || text.charAt(pos) == '和')) {
				for (ActorMention other : mentions) {
					if (other.start() == pos + 1 && canAnswer(other)) {
						pos = other.end();
						moved = true;
						break;
					}
				}
			}
		}
		return pos;
	}

	private static int sentenceEnd(String text, int at, int limit) {
		for (int i = at; i < limit; i++) {
			char c = text.charAt(i);
			if (c == '。' || c == '；' || c == '\n') {
				return i + 1 <= limit && c != '\n' ? i + 1 : i;
			}
		}
		return limit;
	}

	/**
	 * A reply's handling unit (承办单位：X, else its issuer) handles every reply; units it says it handled the proposal
	 * with (会同X、Y办理) co-lead every reply.
	 */
	private List<Relation> replyHandlers(PlanDocument document, List<Task> tasks, Jurisdiction jurisdiction,
			List<Actor> issuers, List<ActorMention> mentions) {
		String text = document.text();
		List<Relation> handlers = new ArrayList<>();
		Matcher unit = HANDLING_UNIT.matcher(text);
		if (unit.find()) {
			String name = unit.group(1);
			Actor actor = this.recognizer.resolve(name, ActorKind.AGENCY, jurisdiction, null);
			mentions.add(new ActorMention(unit.start(1), unit.end(1), name, actor, "responsibility-list", null));
			handlers.add(new Relation(RelationType.RESPONSIBLE_FOR, actor.id(), null, HANDLER,
					Evidence.of(text, lineStart(text, unit.start()), lineEnd(text, unit.end()), "reply-handler")));
		}
		else {
			for (Actor issuer : issuers) {
				int at = text.indexOf(issuer.name());
				Evidence evidence = at >= 0 ? Evidence.of(text, at, at + issuer.name().length(), "reply-handler")
						: Evidence.of(text, 0, lineEnd(text, 0), "reply-handler");
				handlers.add(new Relation(RelationType.RESPONSIBLE_FOR, issuer.id(), null, HANDLER, evidence));
			}
		}
		int firstTask = tasks.isEmpty() ? text.length() : tasks.get(0).evidence().start();
		Matcher jointly = JOINTLY.matcher(text.substring(0, firstTask));
		if (jointly.find()) {
			for (Item item : items(text, jointly.start(1), jointly.end(1))) {
				Actor actor = this.recognizer.resolve(item.name(), ActorKind.AGENCY, jurisdiction, null);
				if (isGenericUnit(item.name())) {
					continue;
				}
				mentions.add(new ActorMention(item.start(), item.end(), item.name(), actor, "responsibility-list",
						null));
				handlers.add(new Relation(RelationType.RESPONSIBLE_FOR, actor.id(), null, CO_LEAD, Evidence.of(text,
						sentenceStart(text, jointly.start(), 0), sentenceEnd(text, jointly.end(), text.length()),
						"reply-jointly")));
			}
		}
		return handlers;
	}

	private static int lineStart(String text, int at) {
		return text.lastIndexOf('\n', at) + 1;
	}

	private static int lineEnd(String text, int at) {
		int end = text.indexOf('\n', at);
		return end < 0 ? text.length() : end;
	}

}
