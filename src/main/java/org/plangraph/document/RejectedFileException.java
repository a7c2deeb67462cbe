package org.plangraph.document;

/** A plan file that cannot be loaded; the message names the file, the line where known, and the reason. */
public class RejectedFileException extends Exception {

	private final String file;

	private final String reason;

	public RejectedFileException(String file, String reason) {
		super(file + ": " + reason);
		this.file = file;
		this.reason = reason;
	}

	public String file() {
		return this.file;
	}

	public String reason() {
		return this.reason;
	}

}
