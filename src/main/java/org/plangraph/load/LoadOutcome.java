package org.plangraph.load;

/**
 * The result for one file.
 *
 * @param documentId the document's id, or {@code null} when rejected before parsing
 * @param detail title and counts, or the reason for rejection or failure
 */
public record LoadOutcome(String file, LoadStatus status, String documentId, String detail, long nodes,
		long relationships, long millis) {

	public static LoadOutcome rejected(String file, String reason) {
		return new LoadOutcome(file, LoadStatus.REJECTED, null, reason, 0, 0, 0);
	}

	/** Not loaded because the graph was unreachable; loading the same file again may well succeed. */
	public static LoadOutcome failed(String file, String documentId, String reason) {
		return new LoadOutcome(file, LoadStatus.FAILED, documentId, reason, 0, 0, 0);
	}

	/** One line for the console: {@code new  000_x.txt  杨浦区…规划 (183 sections, …)}. */
	public String line() {
		return String.format("%-9s %s  %s", this.status.word(), this.file, this.detail);
	}

}
