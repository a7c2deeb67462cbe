package org.plangraph.cli;

import org.plangraph.graph.GraphStartupException;

/** A short, actionable message for an exception that ends a command. */
final class Failures {

	private Failures() {
	}

	static String describe(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof GraphStartupException g) {
				return g.getMessage() + (g.action() == null ? "" : System.lineSeparator() + "  " + g.action());
			}
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.toString() : root.getMessage();
	}

}
