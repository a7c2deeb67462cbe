package org.plangraph.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.plangraph.Seeds;
import org.plangraph.bench.PlanCorpusGenerator;

/**
 * Generators of hostile plan files for property tests: a real plan (a seed or a generated one) damaged by a few
 * mutations. Every parameter is a small number (a position in per mille, a count, a seed), so jqwik shrinks a failure
 * towards the fewest, smallest mutations; {@link HostileFile#toString()} describes the file, not its bytes.
 */
final class HostileFiles {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final Charset BIG5 = Charset.forName("Big5");

	private static final String[] CHINESE_DIGITS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private static final String[] CIRCLED = { "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩" };

	/** C0 controls other than tab and line feed, DEL, NEL and the Unicode line and paragraph separators. */
	private static final char[] CONTROLS = { 0x01, 0x02, 0x07, 0x08, 0x0B, 0x0C, 0x0D, 0x0E, 0x1A, 0x1B, 0x1F, 0x7F,
			0x85, 0x2028, 0x2029 };

	/** Zero-width and invisible formatting characters, including a byte-order mark and a right-to-left override. */
	private static final char[] ZERO_WIDTH = { 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x202E, 0x2066, 0x180E };

	private HostileFiles() {
	}

	/** One hostile file: a base plan and the mutations applied to it (text ones first, then encoding, then bytes). */
	static Arbitrary<HostileFile> files() {
		Arbitrary<Base> base = Arbitraries.oneOf(Arbitraries.of(Seeds.ALL).map(Base::seed),
				Arbitraries.integers().between(0, 500).map(Base::generated));
		return Combinators.combine(base, mutation().list().ofMaxSize(3)).as(HostileFile::new);
	}

	static Arbitrary<Mutation> mutation() {
		Arbitrary<Integer> perMille = Arbitraries.integers().between(0, 1000);
		Arbitrary<Long> seed = Arbitraries.longs().between(0, 1_000_000);
		return Arbitraries.oneOf(perMille.map(Truncate::new), seed.map(ShuffleParagraphs::new),
				seed.map(ShuffleLines::new),
				// Lengths and depths stay modest here; HostileFilesTests has one example each at a million and 10,000.
				Combinators.combine(perMille, Arbitraries.integers().between(1, 20_000),
						Arbitraries.of(HugeLine.Style.class)).as(HugeLine::new),
				Combinators.combine(seed, Arbitraries.integers().between(1, 5_000),
						Arbitraries.integers().between(0, CONTROLS.length - 1)).as(ControlChars::new),
				Combinators.combine(seed, Arbitraries.integers().between(1, 2_000)).as(ZeroWidth::new),
				Combinators.combine(Arbitraries.of(MixedEncoding.Kind.class), perMille).as(MixedEncoding::new),
				Combinators.combine(Arbitraries.of(DeepNesting.Kind.class), Arbitraries.integers().between(1, 1_000),
						perMille).as(DeepNesting::new),
				Combinators.combine(seed, Arbitraries.integers().between(0, 4_000)).as(RandomBytes::new),
				Combinators.combine(perMille, Arbitraries.of(InvalidUtf8.Kind.class)).as(InvalidUtf8::new),
				Arbitraries.of(LineEnds.Kind.class).map(LineEnds::new), perMille.map(NulByte::new));
	}

	/** The plan a hostile file starts from. */
	record Base(String description, String text) {

		static Base seed(String file) {
			try {
				return new Base("seed " + file, Files.readString(Seeds.path(file), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		static Base generated(int index) {
			return new Base("generated plan #" + index, PlanCorpusGenerator.document(7, index));
		}

	}

	record HostileFile(Base base, List<Mutation> mutations) {

		byte[] bytes() {
			List<Mutation> ordered = new ArrayList<>(this.mutations);
			ordered.sort(Comparator.comparingInt(Mutation::stage));
			String text = this.base.text();
			int i = 0;
			for (; i < ordered.size() && ordered.get(i).stage() == 0; i++) {
				text = ordered.get(i).text(text);
			}
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			for (; i < ordered.size(); i++) {
				bytes = ordered.get(i).bytes(bytes);
			}
			return bytes;
		}

		@Override
		public String toString() {
			return this.base.description() + (this.mutations.isEmpty() ? "" : " + " + this.mutations);
		}

	}

	/** A change to a file: stage 0 works on text, stage 1 chooses the encoding, stage 2 damages bytes. */
	interface Mutation {

		int stage();

		default String text(String text) {
			throw new UnsupportedOperationException();
		}

		default byte[] bytes(byte[] bytes) {
			throw new UnsupportedOperationException();
		}

	}

	interface TextMutation extends Mutation {

		@Override
		default int stage() {
			return 0;
		}

	}

	interface ByteMutation extends Mutation {

		@Override
		default int stage() {
			return 2;
		}

	}

	record Truncate(int perMille) implements ByteMutation {

		@Override
		public byte[] bytes(byte[] bytes) {
			return Arrays.copyOf(bytes, (int) ((long) bytes.length * this.perMille / 1000));
		}

	}

	record ShuffleParagraphs(long seed) implements TextMutation {

		@Override
		public String text(String text) {
			List<String> parts = new ArrayList<>(List.of(text.split("\n\n")));
			Collections.shuffle(parts, new Random(this.seed));
			return String.join("\n\n", parts);
		}

	}

	record ShuffleLines(long seed) implements TextMutation {

		@Override
		public String text(String text) {
			List<String> lines = new ArrayList<>(text.lines().toList());
			Collections.shuffle(lines, new Random(this.seed));
			return String.join("\n", lines);
		}

	}

	/** A line of any length, inserted between two lines. */
	record HugeLine(int perMille, int length, Style style) implements TextMutation {

		enum Style {

			HAN("发展"), DOTTED_DIGITS("1."), SPACES(" 　"), MARKERS("（一）"), NO_BREAK("a"), HEADING_PREFIX("一、");

			final String unit;

			Style(String unit) {
				this.unit = unit;
			}

		}

		@Override
		public String text(String text) {
			String unit = this.style.unit;
			String line = unit.repeat(Math.max(1, this.length / unit.length()));
			if (this.style == Style.SPACES || this.style == Style.HEADING_PREFIX) {
				line = line + "加快建设科技创新中心";
			}
			return insertLine(text, this.perMille, line);
		}

	}

	/** {@code count} copies of one control character at random places: sparse ones are allowed, dense ones not. */
	record ControlChars(long seed, int count, int which) implements TextMutation {

		@Override
		public String text(String text) {
			return sprinkle(text, this.seed, this.count, new char[] { CONTROLS[this.which] });
		}

		@Override
		public String toString() {
			return "ControlChars[seed=" + this.seed + ", count=" + this.count + ", char=U+"
					+ String.format("%04X", (int) CONTROLS[this.which]) + "]";
		}

	}

	/** Zero-width characters anywhere, half of them at line starts where they hide outline markers. */
	record ZeroWidth(long seed, int count) implements TextMutation {

		@Override
		public String text(String text) {
			Random random = new Random(this.seed);
			StringBuilder sb = new StringBuilder(sprinkle(text, this.seed, this.count / 2 + 1, ZERO_WIDTH));
			for (int i = 0; i < this.count / 2; i++) {
				int lineStart = sb.lastIndexOf("\n", random.nextInt(sb.length() + 1)) + 1;
				sb.insert(lineStart, ZERO_WIDTH[random.nextInt(ZERO_WIDTH.length)]);
			}
			return sb.toString();
		}

	}

	/** Encodings other than plain UTF-8, whole or mixed within one file. */
	record MixedEncoding(Kind kind, int perMille) implements Mutation {

		enum Kind {

			GB18030_WHOLE, GB18030_SPAN_IN_UTF8, UTF8_TAIL_IN_GB18030, UTF8_BOM_THEN_GB18030, BIG5_WHOLE, UTF16LE_BOM,
			UTF16BE_BOM, UTF16LE_BOM_ODD_LENGTH, UTF16_WITHOUT_BOM

		}

		@Override
		public int stage() {
			return 1;
		}

		@Override
		public byte[] bytes(byte[] bytes) {
			String text = new String(bytes, StandardCharsets.UTF_8);
			int split = lineBoundary(text, this.perMille);
			String head = text.substring(0, split);
			String tail = text.substring(split);
			return switch (this.kind) {
				case GB18030_WHOLE -> text.getBytes(GB18030);
				case GB18030_SPAN_IN_UTF8 -> {
					int end = lineBoundary(tail, 200);
					yield concat(head.getBytes(StandardCharsets.UTF_8), tail.substring(0, end).getBytes(GB18030),
							tail.substring(end).getBytes(StandardCharsets.UTF_8));
				}
				case UTF8_TAIL_IN_GB18030 -> concat(head.getBytes(GB18030), tail.getBytes(StandardCharsets.UTF_8));
				case UTF8_BOM_THEN_GB18030 -> concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
						text.getBytes(GB18030));
				case BIG5_WHOLE -> text.getBytes(BIG5);
				case UTF16LE_BOM -> concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
						text.getBytes(StandardCharsets.UTF_16LE));
				case UTF16BE_BOM -> concat(new byte[] { (byte) 0xFE, (byte) 0xFF },
						text.getBytes(StandardCharsets.UTF_16BE));
				case UTF16LE_BOM_ODD_LENGTH -> concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
						text.getBytes(StandardCharsets.UTF_16LE), new byte[] { 0x41 });
				case UTF16_WITHOUT_BOM -> text.getBytes(StandardCharsets.UTF_16LE);
			};
		}

	}

	/** Levels of nesting, in the shapes an outline or a sentence can take. */
	record DeepNesting(Kind kind, int levels, int perMille) implements TextMutation {

		enum Kind {

			/** One heading numbered 1.1.1.…: as many levels as fit a line. */
			DOTTED_HEADING,
			/** One heading line per level, cycling through every numbering style. */
			HEADING_PER_LEVEL,
			/** Brackets and quotes opened and closed {@code levels} times on one line. */
			BRACKETS,
			/** Ever deeper indentation, one heading per line. */
			INDENTED

		}

		@Override
		public String text(String text) {
			StringBuilder block = new StringBuilder();
			switch (this.kind) {
				case DOTTED_HEADING -> block.append("1").append(".1".repeat(this.levels)).append(" 深层标题");
				case HEADING_PER_LEVEL -> {
					for (int i = 0; i < this.levels; i++) {
						block.append(heading(i)).append("推进第").append(i).append("层任务。\n");
					}
				}
				case BRACKETS -> block.append("“《【（".repeat(this.levels))
					.append("加快建设")
					.append("）】》”".repeat(this.levels));
				case INDENTED -> {
					for (int i = 0; i < this.levels; i++) {
						block.append(" ".repeat(i % 50)).append(heading(i)).append("任务\n");
					}
				}
			}
			return insertLine(text, this.perMille, block.toString().stripTrailing());
		}

		private static String heading(int i) {
			int n = (i / 8) % 10;
			return switch (i % 8) {
				case 0 -> CHINESE_DIGITS[n] + "、";
				case 1 -> "（" + CHINESE_DIGITS[n] + "）";
				case 2 -> (n + 1) + ". ";
				case 3 -> "（" + (n + 1) + "）";
				case 4 -> CIRCLED[n];
				case 5 -> "第" + CHINESE_DIGITS[n] + "条 ";
				case 6 -> "第" + CHINESE_DIGITS[n] + "章 ";
				default -> (n + 1) + ".1 ";
			};
		}

	}

	/** Replaces the whole file with random bytes. */
	record RandomBytes(long seed, int length) implements ByteMutation {

		@Override
		public byte[] bytes(byte[] bytes) {
			byte[] random = new byte[this.length];
			new Random(this.seed).nextBytes(random);
			return random;
		}

	}

	/** One malformed UTF-8 sequence. */
	record InvalidUtf8(int perMille, Kind kind) implements ByteMutation {

		enum Kind {

			FF(0xFF), OVERLONG_NUL(0xC0, 0x80), SURROGATE(0xED, 0xA0, 0x80), FIVE_BYTES(0xF8, 0x88, 0x80, 0x80, 0x80),
			LONE_CONTINUATION(0x80), CUT_SEQUENCE(0xE4, 0xB8);

			final byte[] bytes;

			Kind(int... values) {
				this.bytes = new byte[values.length];
				for (int i = 0; i < values.length; i++) {
					this.bytes[i] = (byte) values[i];
				}
			}

		}

		@Override
		public byte[] bytes(byte[] bytes) {
			int at = charBoundary(bytes, (int) ((long) bytes.length * this.perMille / 1000));
			return concat(Arrays.copyOf(bytes, at), this.kind.bytes, Arrays.copyOfRange(bytes, at, bytes.length));
		}

	}

	record LineEnds(Kind kind) implements TextMutation {

		enum Kind {

			CRLF, CR, MIXED

		}

		@Override
		public String text(String text) {
			return switch (this.kind) {
				case CRLF -> text.replace("\n", "\r\n");
				case CR -> text.replace("\n", "\r");
				case MIXED -> text.replace("\n\n", "\r\n\n").replace("。\n", "。\r");
			};
		}

	}

	record NulByte(int perMille) implements ByteMutation {

		@Override
		public byte[] bytes(byte[] bytes) {
			int at = charBoundary(bytes, (int) ((long) bytes.length * this.perMille / 1000));
			return concat(Arrays.copyOf(bytes, at), new byte[] { 0 }, Arrays.copyOfRange(bytes, at, bytes.length));
		}

	}

	static String insertLine(String text, int perMille, String line) {
		int at = lineBoundary(text, perMille);
		return text.substring(0, at) + line + "\n" + text.substring(at);
	}

	/** The start of the line at about {@code perMille} of the text. */
	static int lineBoundary(String text, int perMille) {
		int at = (int) ((long) text.length() * perMille / 1000);
		return at == 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
	}

	private static int charBoundary(byte[] bytes, int at) {
		int i = Math.min(at, bytes.length);
		while (i > 0 && i < bytes.length && (bytes[i] & 0xC0) == 0x80) {
			i--;
		}
		return i;
	}

	private static String sprinkle(String text, long seed, int count, char[] chars) {
		Random random = new Random(seed);
		StringBuilder sb = new StringBuilder(text);
		for (int i = 0; i < count; i++) {
			int at = random.nextInt(sb.length() + 1);
			if (at > 0 && at < sb.length() && Character.isLowSurrogate(sb.charAt(at))) {
				at--;
			}
			sb.insert(at, chars[random.nextInt(chars.length)]);
		}
		return sb.toString();
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
