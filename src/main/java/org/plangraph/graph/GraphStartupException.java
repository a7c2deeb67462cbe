package org.plangraph.graph;

/**
 * The graph could not be opened for a reason the user can act on (store locked, unsafe bind address, migration
 * checksum changed). Its message is shown as is, without a stack trace.
 */
public class GraphStartupException extends RuntimeException {

	private final String action;

	public GraphStartupException(String message, String action, Throwable cause) {
		super(message, cause);
		this.action = action;
	}

	public String action() {
		return this.action;
	}

}
