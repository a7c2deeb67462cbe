package org.plangraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.plangraph.document.PlanDocument;

/**
 * Finds the actors and topics a plan names and links them to each other and to the plan's structure: actors by
 * gazetteer and shape ({@link ActorRecognizer}), topics ({@link TopicMatcher}), responsibility for tasks
 * ({@link ResponsibilityRules}), and SUPPORTS, OPERATES, LOCATED_IN, REPORTS_TO, ADVANCES, ABOUT and MENTIONS
 * ({@link RelationRules}).
 */
final class LinkExtractor {

	private final ActorGazetteer gazetteer;

	private final Jurisdiction.Rules jurisdictionRules;

	private final TopicMatcher topics;

	private final ActorRecognizer recognizer;

	private final ResponsibilityRules responsibility;

	private final RelationRules relations;

	LinkExtractor(VocabularyFiles vocabularies) {
		this.gazetteer = new ActorGazetteer(vocabularies);
		this.jurisdictionRules = new Jurisdiction.Rules(vocabularies);
		this.topics = new TopicMatcher(vocabularies);
		ActorPatterns patterns = new ActorPatterns(vocabularies, this.jurisdictionRules, this.topics.forms());
		this.recognizer = new ActorRecognizer(this.gazetteer, patterns, this.topics);
		this.responsibility = new ResponsibilityRules(vocabularies, this.recognizer, patterns, this.jurisdictionRules);
		this.relations = new RelationRules(vocabularies, this.gazetteer, this.topics);
	}

	/** The canonical agency for an issuer as its document writes it (上海市杨浦区人民政府, 河南省人民政府办公厅). */
	Actor issuer(PlanDocument document, String written) {
		Actor known = this.gazetteer.lookup(written);
		if (known != null && known.kind() == ActorKind.AGENCY) {
			return known;
		}
		Jurisdiction jurisdiction = Jurisdiction.of(document.metadata(), this.jurisdictionRules, this.gazetteer);
		Actor resolved = this.recognizer.resolve(written, ActorKind.AGENCY, jurisdiction);
		if (resolved.name().equals(written)) {
			return resolved;
		}
		List<String> aliases = new ArrayList<>(resolved.aliases());
		if (!aliases.contains(written)) {
			aliases.add(written);
		}
		return new Actor(resolved.kind(), resolved.name(), resolved.nameEn(), List.copyOf(aliases));
	}

	PlanLinks extract(PlanDocument document, PlanStructure structure) {
		String text = document.text();
		Jurisdiction jurisdiction = Jurisdiction.of(document.metadata(), this.jurisdictionRules, this.gazetteer);
		List<ActorMention> mentions = new ArrayList<>(this.recognizer.find(text, jurisdiction));
		List<Actor> issuers = new ArrayList<>();
		for (String written : document.metadata().issuers()) {
			issuers.add(issuer(document, written));
		}
		List<Relation> relations = new ArrayList<>();
		ResponsibilityRules.Result responsible = this.responsibility.find(document, structure.tasks(), jurisdiction,
				mentions, issuers);
		mentions.addAll(responsible.mentions());
		relations.addAll(responsible.relations());
		List<TopicMatcher.Mention> topicMentions = this.topics.find(text);
		relations.addAll(this.relations.find(document, structure, mentions, topicMentions, jurisdiction));

		List<Actor> actors = ActorRecognizer.distinct(mentions);
		Set<String> actorIds = new LinkedHashSet<>();
		actors.forEach(a -> actorIds.add(a.id()));
		issuers.forEach(a -> actorIds.add(a.id()));
		List<Actor> all = new ArrayList<>(actors);
		RelationRules.Hierarchy hierarchy = this.relations.hierarchy(actors, issuers, jurisdiction, text, mentions);
		relations.addAll(hierarchy.relations());
		for (Actor extra : hierarchy.actors()) {
			if (actorIds.add(extra.id())) {
				all.add(extra);
			}
		}
		Set<Topic> topicsNamed = new LinkedHashSet<>();
		for (Relation r : relations) {
			if (r.toId().startsWith("topic:")) {
				topicsNamed.addAll(this.topics.withAncestors(this.topics.topic(r.toId().substring(6))));
			}
		}
		return new PlanLinks(all, new ArrayList<>(topicsNamed), relations);
	}

}
