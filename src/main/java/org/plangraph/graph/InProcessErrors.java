package org.plangraph.graph;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Neo4j's in-process exceptions as the driver exception a Bolt client would get for the same failure: same status
 * code, same message, the original kept as suppressed. Callers that handle a code (a read that timed out, the
 * database unavailable) then need one rule for both ways of running statements.
 */
final class InProcessErrors {

	private InProcessErrors() {
	}

	static RuntimeException translate(RuntimeException ex) {
		String code = code(ex);
		if (code == null || ex instanceof Neo4jException) {
			return ex;
		}
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		Neo4jException translated;
		if (code.startsWith("Neo.ClientError.")) {
			translated = new ClientException(code, message);
		}
		else if (code.startsWith("Neo.TransientError.")) {
			translated = new TransientException(code, message);
		}
		else {
			translated = new DatabaseException(code, message);
		}
		translated.addSuppressed(ex);
		return translated;
	}

	/** Neo4j classes the failure transient: the same work may well succeed if run again. */
	static boolean isTransient(RuntimeException ex) {
		String code = code(ex);
		return code != null && code.startsWith("Neo.TransientError.");
	}

	/** The status code of the first exception in the cause chain that has one. */
	private static String code(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof Neo4jException neo4j && neo4j.code() != null) {
				return neo4j.code();
			}
			if (t instanceof Status.HasStatus status && status.status() != null) {
				return status.status().code().serialize();
			}
			if (t instanceof QueryExecutionException query && query.getStatusCode() != null) {
				return query.getStatusCode();
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return null;
	}

}
