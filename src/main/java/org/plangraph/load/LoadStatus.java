package org.plangraph.load;

/**
 * What happened to one file. {@code REJECTED}: the file itself is bad (or could not be written for a reason a re-run
 * would meet again); {@code FAILED}: the graph was unreachable, nothing of the file was written, and loading it again
 * once the server is back loads it.
 */
public enum LoadStatus {

	NEW, UNCHANGED, REPLACED, REJECTED, FAILED;

	public String word() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
