package org.plangraph.document;

import java.nio.file.Path;
import java.util.List;

/** Reads a plan file and parses its metadata and outline. */
public final class PlanParser {

	private final PlanReader reader;

	private final OutlineParser outline = new OutlineParser();

	private final MetadataReader metadata = new MetadataReader();

	public PlanParser(PlanReader reader) {
		this.reader = reader;
	}

	public PlanParser() {
		this(new PlanReader());
	}

	public PlanDocument parse(Path file) throws RejectedFileException {
		return parse(this.reader.read(file));
	}

	public PlanDocument parse(String name, byte[] bytes) throws RejectedFileException {
		return parse(this.reader.decode(name, bytes));
	}

	public PlanDocument parse(PlanText text) {
		List<Section> sections = this.outline.parse(text.text());
		DocumentMetadata meta = this.metadata.read(text.text(), sections);
		return new PlanDocument(documentId(text.sourceFile()), text, meta, sections);
	}

	/** {@code doc:} and the file name without its extension: stable across revisions of the same file. */
	public static String documentId(String sourceFile) {
		String stem = sourceFile.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
		return "doc:" + stem.replaceAll("[\\s/\\\\]+", "_");
	}

}
