package org.plangraph.api;

import java.util.List;

/**
 * The GraphQL object types as Java records. Each record's simple name is its GraphQL type name, which is how Spring
 * for GraphQL resolves the {@code Node} interface to a concrete type.
 */
final class Model {

	private Model() {
	}

	record Document(String id, String title, String docNumber, String kind, String issuedOn, String period,
			String sourceFile) {
	}

	record Section(String id, String code, String heading, String text, Integer ordinal, String documentId) {
	}

	record Topic(String id, String name, String nameEn) {
	}

	record Goal(String id, String text, Integer horizonYear, String documentId) {
	}

	record Entity(String id, EntityKind kind, String name, String nameEn, List<String> aliases) {
	}

	record Target(String id, String metric, Double value, Double valueHigh, String unit, String comparator,
			Integer year, String kind, String documentId, Evidence evidence) {
	}

	record Task(String id, String code, String title, String text, String documentId) {
	}

	/** A quote from a document; {@code documentId} is resolved to a {@code Document} in batches. */
	record Evidence(String documentId, String quote, int start, int end) {
	}

	record Service(Entity platform, Object via, List<Evidence> evidence) {
	}

	record ResponsibilityLink(int depth, Entity agency, String role, Entity below, Evidence evidence) {
	}

	record SearchHit(Object node, double score, String snippet) {
	}

	record PageInfo(boolean hasNextPage, String endCursor) {
	}

	record Edge<T>(T node, String cursor) {
	}

	/** EntityConnection and TaskConnection: the same shape. */
	record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {
	}

}
