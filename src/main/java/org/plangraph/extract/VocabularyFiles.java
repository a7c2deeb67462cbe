package org.plangraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Where the editable vocabularies (gazetteer, topics, agency hierarchy, suffix and cue lists) are read from: a folder
 * on disk, file by file falling back to the copy built into the jar under {@code vocabulary/}. Analysts edit the
 * folder ({@code import/vocabulary/} by default) without recompiling.
 */
public final class VocabularyFiles {

	/** The folder the repository keeps its vocabularies in, relative to the working directory. */
	public static final Path DEFAULT_DIRECTORY = Path.of("import", "vocabulary");

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setCommentMarker('#')
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private final Path directory;

	private VocabularyFiles(Path directory) {
		this.directory = directory;
	}

	/** Vocabularies from {@code directory} where a file exists there, else from the jar. */
	public static VocabularyFiles in(Path directory) {
		return new VocabularyFiles(directory);
	}

	/** The repository's {@code import/vocabulary/} when run from the repository, else the jar's copies. */
	public static VocabularyFiles defaults() {
		return new VocabularyFiles(DEFAULT_DIRECTORY);
	}

	/** The jar's copies only. */
	public static VocabularyFiles builtIn() {
		return new VocabularyFiles(null);
	}

	/**
	 * The records of a CSV vocabulary, by header name. Fails with the file name and line when the file is missing or
	 * malformed, since an extractor without its vocabulary would silently find nothing.
	 */
	public List<CSVRecord> csv(String fileName) {
		String source = describe(fileName);
		try (Reader reader = open(fileName)) {
			List<CSVRecord> records = new ArrayList<>();
			for (CSVRecord record : FORMAT.parse(reader)) {
				if (!record.isConsistent()) {
					throw new IllegalArgumentException("%s line %d: expected %d columns, found %d".formatted(source,
							record.getParser().getCurrentLineNumber(), record.getParser().getHeaderNames().size(),
							record.size()));
				}
				records.add(record);
			}
			return records;
		}
		catch (IOException | UncheckedIOException ex) {
			throw new IllegalArgumentException(source + ": " + ex.getMessage(), ex);
		}
	}

	/** The non-blank, non-comment lines of a plain list vocabulary. */
	public List<String> lines(String fileName) {
		String source = describe(fileName);
		try (Reader reader = open(fileName)) {
			return new BufferedReader(reader).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(source + ": " + ex.getMessage(), ex);
		}
	}

	private Reader open(String fileName) throws IOException {
		if (this.directory != null) {
			Path file = this.directory.resolve(fileName);
			if (Files.isRegularFile(file)) {
				return Files.newBufferedReader(file, StandardCharsets.UTF_8);
			}
		}
		InputStream builtIn = VocabularyFiles.class.getResourceAsStream("/vocabulary/" + fileName);
		if (builtIn == null) {
			throw new IOException("no such vocabulary file (looked in %s and in the jar)"
				.formatted(this.directory == null ? "nothing on disk" : this.directory));
		}
		return new InputStreamReader(builtIn, StandardCharsets.UTF_8);
	}

	private String describe(String fileName) {
		if (this.directory != null && Files.isRegularFile(this.directory.resolve(fileName))) {
			return this.directory.resolve(fileName).toString();
		}
		return "vocabulary/" + fileName;
	}

}
