package org.plangraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file {@code V###__description.cypher}: statements separated by a semicolon at the end of a line, {@code //}
 * comment lines ignored.
 */
record Migration(int version, String description, String script, String checksum) {

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__([\\w-]+)\\.cypher");

	static Migration parse(String fileName, String script) {
		Matcher m = FILE_NAME.matcher(fileName);
		if (!m.matches()) {
			throw new IllegalArgumentException(
					"Migration file " + fileName + " is not named V<version>__<description>.cypher");
		}
		return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), script, sha256(script));
	}

	List<String> statements() {
		return CypherScript.statements(this.script);
	}

	private static String sha256(String text) {
		try {
			String normalized = text.replace("\r\n", "\n");
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
