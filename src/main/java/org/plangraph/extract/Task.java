package org.plangraph.extract;

/**
 * A numbered task of the plan.
 *
 * @param id deterministic: document id and code
 * @param code the outline path (五.(二).3)
 * @param title the heading phrase
 * @param text the task's own text
 * @param sectionCode the section that holds the task (the section with the same code)
 */
public record Task(String id, String code, String title, String text, String sectionCode, Evidence evidence) {
}
