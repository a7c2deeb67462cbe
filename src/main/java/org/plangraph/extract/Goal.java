package org.plangraph.extract;

/**
 * A goal the plan states.
 *
 * @param id deterministic: document id, section code and position
 * @param sectionCode the section it is stated in, or {@code null} for the preamble
 * @param horizonYear the year it is for, or {@code null}
 */
public record Goal(String id, String text, Integer horizonYear, String sectionCode, Evidence evidence) {
}
