package org.plangraph.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a plan file into {@link PlanText}, or rejects it with a reason a user can act on.
 * <p>
 * Order of decisions: size limit, emptiness, byte-order marks, known binary formats and NUL bytes, strict UTF-8,
 * then a charset detector (juniversalchardet) for the legacy Chinese encodings, decoded strictly as GB18030 (a
 * superset of GBK and GB2312) or Big5. A file that is almost valid UTF-8 is reported as broken UTF-8 at the line of
 * the first bad byte rather than guessed into another encoding, since such a file is damaged, not foreign.
 */
public final class PlanReader {

	/** Default limit on file size: plans are tens of kilobytes; a 50 MB "plan" is a mistake. */
	public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

	private static final Charset GB18030 = Charset.forName("GB18030");

	private final long maxBytes;

	public PlanReader() {
		this(DEFAULT_MAX_BYTES);
	}

	public PlanReader(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	public PlanText read(Path file) throws RejectedFileException {
		String name = file.getFileName().toString();
		try {
			if (!Files.isRegularFile(file)) {
				throw new RejectedFileException(name, "not a regular file");
			}
			long size = Files.size(file);
			if (size > this.maxBytes) {
				throw new RejectedFileException(name, "too large: " + size + " bytes, the limit is " + this.maxBytes
						+ " (plangraph.load.max-file-bytes)");
			}
			return decode(name, Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new RejectedFileException(name, "cannot be read: " + ex.getMessage());
		}
	}

	public PlanText decode(String name, byte[] bytes) throws RejectedFileException {
		if (bytes.length > this.maxBytes) {
			throw new RejectedFileException(name,
					"too large: " + bytes.length + " bytes, the limit is " + this.maxBytes);
		}
		if (bytes.length == 0) {
			throw new RejectedFileException(name, "empty file");
		}
		String sha256 = sha256(bytes);
		String text;
		String charset;
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			text = strictUtf8(name, bytes, 3);
			charset = "UTF-8 (BOM)";
		}
		else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
			Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
			text = strict(name, bytes, 2, utf16);
			charset = utf16.name() + " (BOM)";
		}
		else {
			refuseBinary(name, bytes);
			int firstBadUtf8 = firstMalformedUtf8(bytes);
			if (firstBadUtf8 < 0) {
				text = new String(bytes, StandardCharsets.UTF_8);
				charset = "UTF-8";
			}
			else {
				Charset legacy = detectLegacyChinese(bytes);
				if (legacy == null || mostlyUtf8(bytes)) {
					throw new RejectedFileException(name, brokenUtf8Reason(bytes, firstBadUtf8));
				}
				text = strict(name, bytes, 0, legacy);
				charset = legacy.name();
			}
		}
		text = normalise(text);
		if (text.isBlank()) {
			throw new RejectedFileException(name, "no text: the file holds only white space");
		}
		int control = firstDisallowedControl(text);
		if (control >= 0) {
			throw new RejectedFileException(name, "line " + lineOf(text, control) + ": control character U+"
					+ String.format("%04X", (int) text.charAt(control)) + " (is this a binary file?)");
		}
		return new PlanText(name, text, sha256, charset);
	}

	private static String normalise(String text) {
		String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
		return t.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static void refuseBinary(String name, byte[] bytes) throws RejectedFileException {
		if (startsWith(bytes, '%', 'P', 'D', 'F')) {
			throw new RejectedFileException(name, "binary: a PDF file; convert it to text first");
		}
		if (startsWith(bytes, 'P', 'K', 3, 4)) {
			throw new RejectedFileException(name, "binary: a ZIP archive (or .docx/.xlsx); extract its text first");
		}
		if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw new RejectedFileException(name, "binary: an old Office document (.doc); save it as text first");
		}
		int probe = Math.min(bytes.length, 64 * 1024);
		for (int i = 0; i < probe; i++) {
			if (bytes[i] == 0) {
				throw new RejectedFileException(name, "binary: NUL byte at offset " + i + " (line "
						+ lineOfByte(bytes, i) + "); plan files must be text");
			}
		}
	}

	/** Control characters other than tab and line feed are allowed only sparsely (e.g. a stray form feed). */
	private static int firstDisallowedControl(String text) {
		int count = 0;
		int first = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\n' && c != '\t' && c != '\f') {
				if (first < 0) {
					first = i;
				}
				count++;
			}
		}
		return count > 0 && count * 100 > text.length() ? first : -1;
	}

	private static int firstMalformedUtf8(byte[] bytes) {
		return firstMalformed(bytes, 0, StandardCharsets.UTF_8);
	}

	/** Offset of the first byte at or after {@code skip} that does not decode in {@code charset}, or -1. */
	private static int firstMalformed(byte[] bytes, int skip, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
		CharBuffer out = CharBuffer.allocate(8192);
		while (true) {
			var result = decoder.decode(in, out, true);
			if (result.isError()) {
				return in.position();
			}
			if (result.isUnderflow()) {
				var flush = decoder.flush(out);
				return flush.isError() ? in.position() : -1;
			}
			out.clear();
		}
	}

	/** True when at most 1 in 200 multibyte sequences is invalid UTF-8: a damaged UTF-8 file, not GBK. */
	private static boolean mostlyUtf8(byte[] bytes) {
		int valid = 0;
		int invalid = 0;
		int i = 0;
		while (i < bytes.length) {
			int b = bytes[i] & 0xFF;
			if (b < 0x80) {
				i++;
				continue;
			}
			int len = b >= 0xF0 && b < 0xF5 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
			boolean ok = len > 0 && i + len <= bytes.length;
			for (int k = 1; ok && k < len; k++) {
				ok = (bytes[i + k] & 0xC0) == 0x80;
			}
			if (ok) {
				valid++;
				i += len;
			}
			else {
				invalid++;
				i++;
			}
		}
		return valid > 0 && invalid * 200 <= valid + invalid;
	}

	private static String brokenUtf8Reason(byte[] bytes, int offset) {
		boolean atEnd = bytes.length - offset <= 3;
		String where = "line " + lineOfByte(bytes, offset) + ", byte offset " + offset;
		return atEnd ? "truncated UTF-8: the file ends inside a character (" + where + ")"
				: "not valid UTF-8 and not a recognised Chinese encoding (GB18030/GBK/Big5): invalid byte 0x"
						+ String.format("%02X", bytes[offset] & 0xFF) + " at " + where;
	}

	private static Charset detectLegacyChinese(byte[] bytes) {
		UniversalDetector detector = new UniversalDetector();
		detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
		detector.dataEnd();
		String detected = detector.getDetectedCharset();
		if (detected == null) {
			return GB18030;
		}
		return switch (detected.toUpperCase()) {
			case "GB18030", "GBK", "GB2312", "HZ-GB-2312" -> GB18030;
			case "BIG5" -> Charset.forName("Big5");
			default -> null;
		};
	}

	private static String strictUtf8(String name, byte[] bytes, int skip) throws RejectedFileException {
		byte[] rest = java.util.Arrays.copyOfRange(bytes, skip, bytes.length);
		int bad = firstMalformedUtf8(rest);
		if (bad >= 0) {
			throw new RejectedFileException(name, brokenUtf8Reason(bytes, bad + skip));
		}
		return new String(rest, StandardCharsets.UTF_8);
	}

	private static String strict(String name, byte[] bytes, int skip, Charset charset) throws RejectedFileException {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
				.toString();
		}
		catch (CharacterCodingException ex) {
			int bad = Math.max(skip, firstMalformed(bytes, skip, charset));
			// Lines are counted in the decoded text before the bad byte: in UTF-16 a 0x0A byte need not be a line feed.
			String before = normalise(new String(bytes, skip, bad - skip, charset));
			String where = "line " + lineOf(before, before.length()) + ", byte offset " + bad;
			throw new RejectedFileException(name, bytes.length - bad <= 3
					? "truncated " + charset.name() + ": the file ends inside a character (" + where + ")"
					: "not valid " + charset.name() + ": invalid byte 0x" + String.format("%02X", bytes[bad] & 0xFF)
							+ " at " + where);
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Line of a byte in an ASCII-compatible encoding; LF, CR LF and a lone CR each end a line, as in the text. */
	private static int lineOfByte(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
				line++;
			}
		}
		return line;
	}

	static int lineOf(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
