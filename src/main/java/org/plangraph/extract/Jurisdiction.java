package org.plangraph.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.plangraph.document.DocumentMetadata;

/**
 * The places a document speaks for (its province, city, district or county, read from its issuers and title), and
 * how it turns relative agency names into canonical ones: 市发展改革委 in a 延安市 document becomes
 * 延安市发展和改革委员会, 区科委 in a 杨浦区 document 杨浦区科学技术委员会 (or the gazetteer's name for it). Short bodies
 * are expanded with {@code agency-bodies.csv}; parents of districts come from {@code places.csv}.
 */
final class Jurisdiction {

	static final String BODIES = "agency-bodies.csv";

	static final String PLACES = "places.csv";

	static final String NATIONAL_PREFIXES = "national-prefixes.txt";

	private static final Pattern PROVINCE = Pattern.compile("^[\\p{IsHan}]{2,7}?(?:省|自治区)");

	private static final Pattern CITY = Pattern.compile("^[\\p{IsHan}]{2,4}?(?:市|自治州|盟)");

	private static final Pattern DISTRICT = Pattern.compile("^[\\p{IsHan}]{1,4}?(?:新区|区|县|旗)");

	private static final Pattern TITLE_PLACE = Pattern
		.compile("^(?:中共)?([\\p{IsHan}]{2,7}?(?:省|自治区|市|区|县))");

	/** Vocabulary shared by all documents. */
	static final class Rules {

		private final Map<String, String> bodies = new HashMap<>();

		private final Map<String, String> parents = new HashMap<>();

		private final List<String> nationalPrefixes;

		Rules(VocabularyFiles vocabularies) {
			for (CSVRecord row : vocabularies.csv(BODIES)) {
				this.bodies.put(row.get("short").strip(), row.get("full").strip());
			}
			this.nationalPrefixes = List.copyOf(vocabularies.lines(NATIONAL_PREFIXES));
			for (CSVRecord row : vocabularies.csv(PLACES)) {
				String parent = row.get("parent").strip();
				// a province-level place has no parent, but is still known as a place
				this.parents.put(row.get("place").strip(), parent.isEmpty() ? null : parent);
			}
		}

		/** Full form of an agency body written without its place (发展改革委 → 发展和改革委员会). */
		String fullBody(String body) {
			return this.bodies.getOrDefault(body, body);
		}

		Set<String> shortBodies() {
			return this.bodies.keySet();
		}

		Set<String> fullBodies() {
			return new LinkedHashSet<>(this.bodies.values());
		}

	}

	private final Rules rules;

	private final ActorGazetteer gazetteer;

	private String province;

	private String city;

	private String district;

	private Jurisdiction(Rules rules, ActorGazetteer gazetteer) {
		this.rules = rules;
		this.gazetteer = gazetteer;
	}

	static Jurisdiction of(DocumentMetadata metadata, Rules rules, ActorGazetteer gazetteer) {
		Jurisdiction j = new Jurisdiction(rules, gazetteer);
		if (metadata != null) {
			for (String issuer : metadata.issuers()) {
				j.learn(issuer);
			}
			if (j.province == null && j.city == null && j.district == null && metadata.title() != null) {
				Matcher m = TITLE_PLACE.matcher(metadata.title());
				if (m.find()) {
					j.learn(m.group(1) + "人民政府");
				}
			}
		}
		if (j.city == null && j.district != null) {
			j.city = rules.parents.get(j.district);
		}
		if (j.province == null && j.city != null) {
			j.province = rules.parents.get(j.city);
		}
		return j;
	}

	/** For tests and callers that know the places. */
	static Jurisdiction of(Rules rules, ActorGazetteer gazetteer, String province, String city, String district) {
		Jurisdiction j = new Jurisdiction(rules, gazetteer);
		j.province = province;
		j.city = city;
		j.district = district;
		return j;
	}

	private void learn(String issuer) {
		String rest = issuer.startsWith("中共") ? issuer.substring(2) : issuer;
		Matcher p = PROVINCE.matcher(rest);
		if (p.find() && p.end() < rest.length()) {
			this.province = first(this.province, p.group());
			rest = rest.substring(p.end());
		}
		Matcher c = CITY.matcher(rest);
		if (c.find() && c.end() < rest.length()) {
			this.city = first(this.city, c.group());
			rest = rest.substring(c.end());
		}
		Matcher d = DISTRICT.matcher(rest);
		if (d.find() && d.end() < rest.length()) {
			this.district = first(this.district, d.group());
		}
	}

	private static String first(String known, String found) {
		return known != null ? known : found;
	}

	/** The document's places, most specific first. */
	List<String> places() {
		Set<String> places = new LinkedHashSet<>();
		for (String p : new String[] { this.district, this.city, this.province }) {
			if (p != null) {
				places.add(p);
			}
		}
		return List.copyOf(places);
	}

	/** The place a one-character level prefix (省, 市, 区, 县) stands for in this document, or {@code null}. */
	String placeFor(char level) {
		return switch (level) {
			case '省' -> this.province;
			case '市' -> this.city;
			case '区', '县' -> this.district;
			default -> null;
		};
	}

	/** The government of a place: 杨浦区 → its gazetteer name or 杨浦区人民政府. */
	String governmentOf(String place) {
		Actor known = this.gazetteer.lookup(place + "人民政府");
		return known != null ? known.name() : place + "人民政府";
	}

	/** The parent place of a place of this document (杨浦区 → 上海市), or {@code null}. */
	String parentOf(String place) {
		if (place.equals(this.district)) {
			return this.city != null ? this.city : this.province;
		}
		if (place.equals(this.city)) {
			return this.province;
		}
		return this.rules.parents.get(place);
	}

	/** A written agency name split into its place and body. */
	record Qualified(String place, String body, String canonical, Actor known) {
	}

	/**
	 * Qualifies a written agency name: an explicit place is kept, a level prefix (市, 区 ...) is replaced by the
	 * document's place of that level, a name without either takes {@code inheritedLevel} (a list such as
	 * 省发展改革委、财政厅 shares its first item's prefix), and the body is written in full.
	 */
	Qualified qualify(String written, Character inheritedLevel) {
		String place = null;
		String rest = written;
		String explicit = leadingPlace(written);
		if (explicit != null) {
			place = explicit;
			rest = written.substring(explicit.length());
		}
		else if (rest.length() > 1 && "省市区县".indexOf(rest.charAt(0)) >= 0 && !this.rules.bodies.containsKey(rest)) {
			char level = rest.charAt(0);
			place = placeFor(level);
			if (place == null) {
				place = String.valueOf(level);
			}
			rest = rest.substring(1);
		}
		else if (inheritedLevel != null && !namesItsOwnPlace(rest)) {
			place = placeFor(inheritedLevel);
			if (place == null) {
				place = String.valueOf(inheritedLevel);
			}
		}
		String body = this.rules.fullBody(rest);
		String canonical = (place == null ? "" : place) + body;
		Actor known = firstKnown(written, place == null ? rest : place + rest, canonical);
		return new Qualified(place, body, known != null ? known.name() : canonical, known);
	}

	/**
	 * Whether a name in a list already says where it belongs, so that it does not share the list's level prefix:
	 * 临沂海关 and 河南证监局 open with a place of the document written short, 中国人民银行临沂市中心支行 and 国家税务总局…
	 * are national bodies ({@code national-prefixes.txt}).
	 */
	private boolean namesItsOwnPlace(String name) {
		if (this.rules.nationalPrefixes.stream().anyMatch(name::startsWith)) {
			return true;
		}
		for (String place : places()) {
			if (startsWithShortForm(name, place)) {
				return true;
			}
		}
		for (String place : this.rules.parents.keySet()) {
			if (startsWithShortForm(name, place)) {
				return true;
			}
		}
		return false;
	}

	/** 郑州海关 starts with 郑州市 written short. */
	private static boolean startsWithShortForm(String name, String place) {
		String shortForm = place.length() > 2 && "省市区县".indexOf(place.charAt(place.length() - 1)) >= 0
				? place.substring(0, place.length() - 1) : place;
		return shortForm.length() >= 2 && name.startsWith(shortForm);
	}

	private Actor firstKnown(String... forms) {
		for (String form : forms) {
			Actor a = this.gazetteer.lookup(form);
			if (a != null && a.kind() == ActorKind.AGENCY) {
				return a;
			}
		}
		return null;
	}

	/** A place written at the start of a name: a known zone or a place-shaped prefix (河南省, 延安市, 杨浦区). */
	String leadingPlace(String name) {
		String best = null;
		for (String p : places()) {
			if (name.startsWith(p) && name.length() > p.length()) {
				best = best == null || p.length() > best.length() ? p : best;
			}
		}
		if (best != null) {
			return best;
		}
		String rest = name;
		StringBuilder place = new StringBuilder();
		for (Pattern level : new Pattern[] { PROVINCE, CITY, DISTRICT }) {
			Matcher m = level.matcher(rest);
			if (m.find() && m.end() < rest.length() && !isBodyStart(rest)) {
				place.append(m.group());
				rest = rest.substring(m.end());
			}
		}
		return place.isEmpty() ? null : place.toString();
	}

	/** Guards against reading a body as a place (市场监管局 is not the city 市场). */
	private boolean isBodyStart(String rest) {
		if (rest.length() > 0 && "省市区县".indexOf(rest.charAt(0)) >= 0) {
			return true;
		}
		for (String body : this.rules.shortBodies()) {
			if (rest.startsWith(body)) {
				return true;
			}
		}
		return false;
	}

}
