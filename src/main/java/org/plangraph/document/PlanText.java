package org.plangraph.document;

/**
 * A decoded plan file.
 *
 * @param sourceFile the file name as given (no directory)
 * @param text the text with BOM removed and line ends normalised to {@code \n}; evidence offsets index into it
 * @param sha256 hex SHA-256 of the file's bytes, to tell an unchanged file from a changed one
 * @param charset the encoding the bytes were read in
 */
public record PlanText(String sourceFile, String text, String sha256, String charset) {
}
