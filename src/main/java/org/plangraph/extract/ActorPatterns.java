package org.plangraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * Recognises actor names that are in no gazetteer from their shape: a proper-name span followed by an organisation
 * suffix ({@code org-suffixes.csv}: 大学, 研究院, 实验室, 公司, 产业园, 局 ...). The span is read leftwards from the
 * suffix and cut at the nearest boundary word ({@code name-boundaries.txt}: 依托, 推动, 建设 ...) or punctuation;
 * generic mentions ({@code generic-names.txt}: 功能型平台, 各有关部门) are dropped, and suffixes marked {@code proper}
 * need a proper element in the name (a known place or organisation, a place-shaped word, a topic, a quoted or Latin
 * part). Agencies need a place or level prefix (市, 区, 河南省 ...) unless the caller reads a responsibility list.
 */
final class ActorPatterns {

	static final String SUFFIXES = "org-suffixes.csv";

	static final String BOUNDARIES = "name-boundaries.txt";

	static final String GENERIC = "generic-names.txt";

	static final String EXCEPTIONS = "suffix-exceptions.txt";

	private static final int MAX_NAME = 26;

	private static final Set<String> CONJUNCTIONS = Set.of("和", "与", "及", "或", "以及");

	private static final Pattern PLACE_SHAPED = Pattern.compile("[\\p{IsHan}]{2,3}(?:省|市|县|区)");

	private static final Pattern LATIN_OR_DIGIT = Pattern.compile("[A-Za-z0-9０-９]");

	record Suffix(String text, ActorKind kind, boolean proper) {
	}

	/** A name found by shape. {@code end} is exclusive. */
	record Candidate(int start, int end, String name, ActorKind kind, Suffix suffix) {
	}

	private final PhraseMatcher<Suffix> suffixes;

	private final PhraseMatcher<String> boundaries;

	private final PhraseMatcher<String> protectedWords;

	private final PhraseMatcher<String> exceptions;

	private final Set<String> genericNames = new HashSet<>();

	private final Set<String> modifiers = new HashSet<>();

	private final Set<String> bodies = new HashSet<>();

	private final List<String> genericTails = new ArrayList<>();

	private static final Pattern COUNTED = Pattern
		.compile("(?:[一二三四五六七八九十两0-9]+|数|几)(?:大|个|家|批|类|项|所|座|条|区)(?=\\p{IsHan})");

	private int longestModifier = 1;

	/** A cheap test before {@link #COUNTED}: most names hold no numeral at all. */
	private static boolean mayBeCounted(String name) {
		for (int i = 0; i < name.length(); i++) {
			if ("一二三四五六七八九十两0123456789数几".indexOf(name.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	ActorPatterns(VocabularyFiles vocabularies, Jurisdiction.Rules jurisdiction, java.util.Collection<String> topicForms) {
		Map<String, Suffix> suffixMap = new HashMap<>();
		for (CSVRecord row : vocabularies.csv(SUFFIXES)) {
			String text = row.get("suffix").strip();
			suffixMap.put(text, new Suffix(text, ActorKind.valueOf(row.get("kind").strip().toUpperCase(Locale.ROOT)),
					"yes".equalsIgnoreCase(row.get("proper").strip())));
		}
		this.suffixes = new PhraseMatcher<>(suffixMap);
		Map<String, String> boundaryMap = new HashMap<>();
		Map<String, String> protectedMap = new HashMap<>();
		for (String line : vocabularies.lines(BOUNDARIES)) {
			if (line.startsWith("=")) {
				protectedMap.put(line.substring(1).strip(), line);
			}
			else {
				boundaryMap.put(line, line);
			}
		}
		jurisdiction.shortBodies().forEach(body -> protectedMap.put(body, body));
		this.bodies.addAll(jurisdiction.shortBodies());
		this.bodies.addAll(jurisdiction.fullBodies());
		jurisdiction.fullBodies().forEach(body -> protectedMap.put(body, body));
		this.boundaries = new PhraseMatcher<>(boundaryMap);
		this.protectedWords = new PhraseMatcher<>(protectedMap);
		Map<String, String> exceptionMap = new HashMap<>();
		vocabularies.lines(EXCEPTIONS).forEach(word -> exceptionMap.put(word, word));
		this.exceptions = new PhraseMatcher<>(exceptionMap);
		// a body made of topics and modifiers only (人工智能平台, 区块链孵化器) names a kind of platform, not one
		for (String topic : topicForms) {
			this.modifiers.add(topic);
			this.longestModifier = Math.max(this.longestModifier, topic.length());
		}
		for (String line : vocabularies.lines(GENERIC)) {
			if (line.startsWith("~")) {
				this.genericTails.add(line.substring(1).strip());
			}
			else if (line.startsWith("*")) {
				String modifier = line.substring(1).strip();
				this.modifiers.add(modifier);
				this.longestModifier = Math.max(this.longestModifier, modifier.length());
			}
			else {
				this.genericNames.add(line);
			}
		}
	}

	/** What the scan needs to know about the text beyond suffixes and boundaries. */
	interface Context {

		/** Whether {@code [start, end)} lies inside a known name or topic longer than it. */
		boolean isProtected(int start, int end);

		/** Whether a known name or a suffix ends at {@code position}. */
		boolean nameEndsAt(int position);

		/** Whether {@code name} contains a known place or organisation, or (with {@code topics}) a topic. */
		boolean hasProperElement(String name, boolean topics);

		/** Whether a name written with a level prefix (市中小微企业…中心) is known with the document's place. */
		boolean isKnownQualified(String name);

		/** Whether an agency name starting at {@code start} has a place (or a level prefix such as 市). */
		boolean hasJurisdiction(String name);

	}

	boolean isGeneric(String name) {
		if (this.genericNames.contains(name)) {
			return true;
		}
		for (String tail : this.genericTails) {
			if (name.endsWith(tail)) {
				return true;
			}
		}
		String body = name;
		if (body.length() > 1 && "省市区县各".indexOf(body.charAt(0)) >= 0) {
			body = body.substring(1);
		}
		return this.genericNames.contains(body);
	}

	/** Whether the words before the suffix are only generic modifiers (功能型 + 平台, 高水平 + 研究型 + 大学). */
	/**
	 * Whether a name's body holds a named university or firm (西北工业大学先进动力研究院): the organisation's own name
	 * makes the unit it runs a proper name. The organisation needs at least two characters of its own before its suffix.
	 */
	boolean holdsNamedOrganisation(String body) {
		for (PhraseMatcher.Match<Suffix> m : this.suffixes.all(body)) {
			Suffix suffix = m.value();
			if (!suffix.proper() && m.start() >= 2
					&& (suffix.kind() == ActorKind.UNIVERSITY || suffix.kind() == ActorKind.FIRM)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * 国家高端航空装备技术…, 中国南方蔬菜种业…: a national name with at least four characters of its own beyond the
	 * modifiers. 国家级… and short ones (国家医学中心) are designations, not names.
	 */
	boolean isNationalName(String body) {
		if (!(body.startsWith("国家") || body.startsWith("中国")) || body.startsWith("国家级")) {
			return false;
		}
		String own = body.substring(2);
		return own.length() >= 4 && !onlyModifiers(own);
	}

	boolean onlyModifiers(String body) {
		if (body.isEmpty()) {
			return true;
		}
		boolean[] reach = new boolean[body.length() + 1];
		reach[0] = true;
		for (int i = 0; i < body.length(); i++) {
			if (!reach[i]) {
				continue;
			}
			for (int n = 1; n <= this.longestModifier && i + n <= body.length(); n++) {
				if (this.modifiers.contains(body.substring(i, i + n))) {
					reach[i + n] = true;
				}
			}
		}
		return reach[body.length()];
	}

	/** Every suffix occurrence in {@code text}, longest suffix per end position, exceptions removed. */
	List<PhraseMatcher.Match<Suffix>> suffixes(String text) {
		List<PhraseMatcher.Match<Suffix>> all = this.suffixes.all(text);
		Map<Integer, PhraseMatcher.Match<Suffix>> byEnd = new HashMap<>();
		for (PhraseMatcher.Match<Suffix> m : all) {
			byEnd.merge(m.end(), m, (a, b) -> a.length() >= b.length() ? a : b);
		}
		Map<Integer, List<PhraseMatcher.Match<String>>> exceptionsByStart = new HashMap<>();
		int longest = 0;
		for (PhraseMatcher.Match<String> x : this.exceptions.all(text)) {
			exceptionsByStart.computeIfAbsent(x.start(), k -> new ArrayList<>()).add(x);
			longest = Math.max(longest, x.length());
		}
		List<PhraseMatcher.Match<Suffix>> kept = new ArrayList<>();
		for (PhraseMatcher.Match<Suffix> m : byEnd.values()) {
			boolean excepted = false;
			for (int p = Math.max(0, m.start() - longest); p <= m.start() && !excepted; p++) {
				for (PhraseMatcher.Match<String> x : exceptionsByStart.getOrDefault(p, List.of())) {
					if (x.end() >= m.end() && x.length() > m.length()) {
						excepted = true;
						break;
					}
				}
			}
			if (!excepted) {
				kept.add(m);
			}
		}
		kept.sort(java.util.Comparator.comparingInt(PhraseMatcher.Match::start));
		return kept;
	}

	List<PhraseMatcher.Match<String>> boundaries(String text) {
		return this.boundaries.all(text);
	}

	List<PhraseMatcher.Match<String>> protectedWords(String text) {
		return this.protectedWords.all(text);
	}

	/**
	 * Names ending with a suffix in {@code text}. {@code boundaryMatches} are this text's boundary words (from
	 * {@link #boundaries}), so one pass serves all suffixes.
	 */
	List<Candidate> find(String text, List<PhraseMatcher.Match<Suffix>> suffixMatches,
			List<PhraseMatcher.Match<String>> boundaryMatches, Context context, boolean agencyList) {
		List<Candidate> found = new ArrayList<>();
		// boundary words by end position, for the leftward scan
		Map<Integer, List<PhraseMatcher.Match<String>>> boundaryByEnd = new HashMap<>();
		boolean[] boundaryStart = new boolean[text.length() + 1];
		for (PhraseMatcher.Match<String> b : boundaryMatches) {
			boundaryByEnd.computeIfAbsent(b.end(), k -> new ArrayList<>()).add(b);
			boundaryStart[b.start()] = true;
		}
		for (PhraseMatcher.Match<Suffix> m : suffixMatches) {
			Suffix suffix = m.value();
			int e = m.end();
			if (suffix.kind() == ActorKind.AGENCY && suffix.text().length() == 1 && e < text.length()
					&& isHan(text.charAt(e)) && !boundaryStart[e]) {
				continue;
			}
			int left = scanLeft(text, m.start());
			int cut = left;
			for (int p = m.start(); p > left; p--) {
				List<PhraseMatcher.Match<String>> ending = boundaryByEnd.getOrDefault(p, List.of());
				boolean cutHere = false;
				for (PhraseMatcher.Match<String> b : ending) {
					if (b.start() < left || context.isProtected(b.start(), b.end())) {
						continue;
					}
					if (CONJUNCTIONS.contains(b.phrase()) && !context.nameEndsAt(b.start())
							&& !accept(text.substring(b.end(), e), suffix, context, agencyList)) {
						continue;
					}
					cutHere = true;
				}
				if (!cutHere && suffix.kind() == ActorKind.AGENCY && context.nameEndsAt(p) && p < m.start()
						&& "省市区县".indexOf(text.charAt(p)) >= 0) {
					// 市委市政府: a new level prefix starts a new agency name
					cutHere = true;
				}
				if (cutHere) {
					cut = p;
					break;
				}
			}
			String name = trimQuotes(text, cut, e);
			if (name == null) {
				continue;
			}
			int countedEnd = -1;
			if (mayBeCounted(name)) {
				java.util.regex.Matcher counted = COUNTED.matcher(name);
				while (counted.find()) {
					countedEnd = counted.end();
				}
			}
			if (countedEnd > 0) {
				name = name.substring(countedEnd);
			}
			int start = e - name.length();
			if (start > 0 && text.charAt(start - 1) == '等' && suffix.kind() != ActorKind.AGENCY) {
				// 等智能制造研发平台: a category the listed names belong to, not a name
				continue;
			}
			if (accept(name, suffix, context, agencyList)) {
				found.add(new Candidate(start, e, name, suffix.kind(), suffix));
			}
		}
		return found;
	}

	private boolean accept(String name, Suffix suffix, Context context, boolean agencyList) {
		if (name.length() <= suffix.text().length() || name.length() > MAX_NAME || isGeneric(name)) {
			return false;
		}
		String body = name.substring(0, name.length() - suffix.text().length());
		if (suffix.kind() == ActorKind.AGENCY) {
			if (!agencyList && !context.hasJurisdiction(name)) {
				return false;
			}
			String withoutLevel = "省市区县".indexOf(body.charAt(0)) >= 0 ? body.substring(1) : body;
			return !(withoutLevel.isEmpty() && suffix.text().length() < 2);
		}
		if (onlyModifiers(body) || onlyModifiers(stripLevel(body))) {
			return false;
		}
		if (suffix.proper()) {
			return context.hasProperElement(body, suffix.kind() != ActorKind.ZONE)
					|| context.isKnownQualified(name) || PLACE_SHAPED.matcher(body).find()
					|| LATIN_OR_DIGIT.matcher(body).find() || body.indexOf('“') >= 0 || body.indexOf('（') >= 0;
		}
		return true;
	}

	private static String stripLevel(String body) {
		return body.length() > 1 && "省市区县".indexOf(body.charAt(0)) >= 0 ? body.substring(1) : body;
	}

	/** Leftmost start of a run of name characters ending at {@code end}, at most {@link #MAX_NAME} long. */
	private static int scanLeft(String text, int end) {
		int i = end;
		int limit = Math.max(0, end - MAX_NAME);
		while (i > limit) {
			char c = text.charAt(i - 1);
			if (isNameChar(c)) {
				i--;
			}
			else if (c == '）' || c == ')') {
				int open = -1;
				for (int j = i - 2; j >= Math.max(0, i - 9); j--) {
					char o = text.charAt(j);
					if (o == '（' || o == '(') {
						open = j;
						break;
					}
					if (!isHan(o)) {
						break;
					}
				}
				if (open > 0 && isHan(text.charAt(open - 1)) && open < i - 2) {
					i = open;
				}
				else {
					break;
				}
			}
			else {
				break;
			}
		}
		return i;
	}

	/** The name in {@code [start, end)} with unbalanced quotes trimmed, or {@code null} if nothing remains. */
	private static String trimQuotes(String text, int start, int end) {
		String name = text.substring(start, end);
		int close = name.lastIndexOf('”');
		int open = name.lastIndexOf('“');
		if (close >= 0 && (open < 0 || open > close)) {
			// a closing quote whose opening lies outside: the name starts after it
			name = name.substring(close + 1);
		}
		open = name.lastIndexOf('“');
		close = name.lastIndexOf('”');
		if (open >= 0 && close < open) {
			// an opening quote whose closing lies beyond the suffix: the name starts after it
			name = name.substring(open + 1);
		}
		while (!name.isEmpty() && (name.charAt(0) == '·' || name.charAt(0) == '+' || name.charAt(0) == '-')) {
			name = name.substring(1);
		}
		return name.isEmpty() ? null : name;
	}

	/** Whether {@code text} is nothing but an organisation suffix (平台, 科技园). */
	boolean isSuffix(String text) {
		for (PhraseMatcher.Match<Suffix> m : this.suffixes.all(text)) {
			if (m.start() == 0 && m.end() == text.length()) {
				return true;
			}
		}
		return false;
	}

	/** Whether a whole name is an agency body without a place (市场监管局, not 市 + 场监管局). */
	boolean bodyIsKnown(String name) {
		return this.bodies.contains(name);
	}

	boolean isPlaceShaped(String text) {
		return PLACE_SHAPED.matcher(text).find();
	}

	static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	static boolean isNameChar(char c) {
		return isHan(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '·'
				|| c == '“' || c == '”' || c == '+';
	}

}
