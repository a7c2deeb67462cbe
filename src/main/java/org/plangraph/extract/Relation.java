package org.plangraph.extract;

/**
 * A derived relationship between two nodes, by id.
 *
 * @param role for RESPONSIBLE_FOR: LEAD, CO_LEAD, HANDLER or ACCOUNTABLE; else {@code null}
 * @param evidence where the document states it; {@code null} for a curated fact from a vocabulary file (such as the
 * agency hierarchy), which belongs to no document and outlives the documents that named its ends
 */
public record Relation(RelationType type, String fromId, String toId, String role, Evidence evidence) {

	public Relation(RelationType type, String fromId, String toId, Evidence evidence) {
		this(type, fromId, toId, null, evidence);
	}

}
