package org.plangraph.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * What a graph holds, per document, in a form two stores can be compared by: each document's nodes by label, the
 * relationships that carry its id, the PART_OF links of its nodes; anything naming a document that does not exist
 * counts under {@code <orphan>}, and actors left without any link under {@code <entities without links>}.
 */
public final class GraphSignature {

	private GraphSignature() {
	}

	public static Map<String, Long> of(Driver driver) {
		Map<String, Long> signature = new HashMap<>();
		try (Session session = driver.session()) {
			Set<String> ids = session.run("MATCH (d:Document) RETURN d.id AS id")
				.list(r -> r.get("id").asString())
				.stream()
				.collect(Collectors.toSet());
			ids.forEach(id -> signature.put(id + " Document", 1L));
			session.run("""
					MATCH (n) WHERE n.doc IS NOT NULL
					OPTIONAL MATCH (n)-[p:PART_OF]->()
					RETURN n.doc AS doc, labels(n)[0] AS what, count(DISTINCT n) AS nodes, count(p) AS partOf
					""").forEachRemaining(r -> {
				String doc = ids.contains(r.get("doc").asString()) ? r.get("doc").asString() : "<orphan>";
				signature.merge(doc + " " + r.get("what").asString(), r.get("nodes").asLong(), Long::sum);
				signature.merge(doc + " PART_OF", r.get("partOf").asLong(), Long::sum);
			});
			session.run("""
					MATCH ()-[r]->() WHERE r.doc IS NOT NULL
					RETURN r.doc AS doc, type(r) AS what, count(r) AS n
					""").forEachRemaining(r -> {
				String doc = ids.contains(r.get("doc").asString()) ? r.get("doc").asString() : "<orphan>";
				signature.merge(doc + " " + r.get("what").asString(), r.get("n").asLong(), Long::sum);
			});
			signature.put("<entities without links>",
					session.run("MATCH (e:Entity) WHERE NOT (e)--() RETURN count(e) AS n").single().get("n").asLong());
			signature.put("<all nodes>",
					session.run("MATCH (n) WHERE NOT n:__Migration RETURN count(n) AS n").single().get("n").asLong());
			signature.put("<all relationships>",
					session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong());
		}
		return signature;
	}

	public static Set<String> documents(Map<String, Long> signature) {
		return signature.keySet()
			.stream()
			.filter(k -> k.endsWith(" Document") && !k.startsWith("<"))
			.map(k -> k.substring(0, k.length() - " Document".length()))
			.collect(Collectors.toSet());
	}

}
