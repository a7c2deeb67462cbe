package org.plangraph.extract;

/**
 * A quantified statement.
 *
 * @param metric what is measured, in the plan's words (全社会研发经费投入占GDP的比重)
 * @param value the number, or the low end of a range
 * @param valueHigh the high end of a range (2-3家), else {@code null}
 * @param unit 个, 家, 亿元, %, 万平方米 ...
 * @param comparator {@code >}, {@code >=}, {@code <}, {@code <=}, {@code =} or {@code about}
 * @param year the year it is for, or {@code null}
 * @param text the clause stating it
 * @param goalId the goal it measures, or {@code null}
 */
public record Target(String id, String metric, Double value, Double valueHigh, String unit, String comparator,
		Integer year, TargetKind kind, String text, String sectionCode, String goalId, Evidence evidence) {
}
