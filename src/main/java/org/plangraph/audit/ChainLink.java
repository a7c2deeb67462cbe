package org.plangraph.audit;

/**
 * One step of a task's responsibility chain.
 *
 * @param depth 0 for the agencies answering for the task itself, then one more per reporting line followed
 * @param stage {@link Stage#DIRECT} when the text names the agency, {@link Stage#INHERITED} when the issuer
 * answers because the text names nobody, {@link Stage#REPORTS_TO} above them
 * @param role LEAD, CO_LEAD, HANDLER or ACCOUNTABLE at depth 0; {@code null} above
 */
public record ChainLink(int depth, Stage stage, String agencyId, String agency, String role, Citation citation) {

	public enum Stage {

		DIRECT, INHERITED, REPORTS_TO

	}

}
