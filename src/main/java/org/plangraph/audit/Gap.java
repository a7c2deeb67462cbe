package org.plangraph.audit;

/**
 * One accountability gap: the node that lacks something, in the plan's words, and the sentence that names it.
 *
 * @param text the task title, target metric, goal text or actor name
 */
public record Gap(GapKind kind, String nodeId, String text, String reason, Citation citation) {
}
