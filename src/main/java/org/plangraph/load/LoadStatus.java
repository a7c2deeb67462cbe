package org.plangraph.load;

/** What happened to one file. */
public enum LoadStatus {

	NEW, UNCHANGED, REPLACED, REJECTED;

	public String word() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
