package org.plangraph.document;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlanReaderTests {

	private static final String PLAN = "杨浦区产业发展规划\r\n一、发展基础\r\n（一）产业结构升级成效显著\r\n到2025年，高新技术企业达到1000家。\r\n";

	private final PlanReader reader = new PlanReader();

	@Test
	void utf8WithoutBomIsReadAndLineEndsNormalised() throws Exception {
		PlanText text = this.reader.decode("plan.txt", PLAN.getBytes(StandardCharsets.UTF_8));
		assertThat(text.charset()).isEqualTo("UTF-8");
		assertThat(text.text()).doesNotContain("\r").startsWith("杨浦区产业发展规划\n一、发展基础\n");
		assertThat(text.sha256()).hasSize(64);
	}

	@Test
	void utf8BomIsRemoved() throws Exception {
		byte[] body = PLAN.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(body, 0, withBom, 3, body.length);
		PlanText text = this.reader.decode("bom.txt", withBom);
		assertThat(text.charset()).isEqualTo("UTF-8 (BOM)");
		assertThat(text.text()).startsWith("杨浦区");
	}

	@Test
	void gbkFileIsDetectedAndDecoded() throws Exception {
		String plan = Files.readString(Path.of("import/plans/002_49859cdc74a7f20e.txt"));
		PlanText text = this.reader.decode("gbk.txt", plan.getBytes(Charset.forName("GBK")));
		assertThat(text.charset()).isEqualTo("GB18030");
		assertThat(text.text()).isEqualTo(plan.replace("\r\n", "\n"));
	}

	@Test
	void gb18030FileIsDecoded() throws Exception {
		PlanText text = this.reader.decode("gb.txt", PLAN.getBytes(Charset.forName("GB18030")));
		assertThat(text.text()).contains("高新技术企业达到1000家");
	}

	@Test
	void utf16WithBomIsDecoded() throws Exception {
		byte[] body = PLAN.getBytes(StandardCharsets.UTF_16LE);
		byte[] withBom = new byte[body.length + 2];
		withBom[0] = (byte) 0xFF;
		withBom[1] = (byte) 0xFE;
		System.arraycopy(body, 0, withBom, 2, body.length);
		assertThat(this.reader.decode("utf16.txt", withBom).text()).startsWith("杨浦区产业发展规划");
	}

	@Test
	void emptyFileIsRejected() {
		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> this.reader.decode("empty.txt", new byte[0]))
			.satisfies(ex -> assertThat(ex.getMessage()).isEqualTo("empty.txt: empty file"));
	}

	@Test
	void whitespaceOnlyFileIsRejected() {
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> this.reader.decode("blank.txt", " \n\r\n\t　\n".getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining("blank.txt").withMessageContaining("only white space");
	}

	@Test
	void binaryFileIsRejectedWithOffsetAndLine() {
		byte[] bytes = "第一行\n第二行\n".getBytes(StandardCharsets.UTF_8);
		byte[] binary = Arrays.copyOf(bytes, bytes.length + 4);
		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> this.reader.decode("x.bin", binary))
			.withMessageContaining("x.bin: binary: NUL byte at offset " + bytes.length)
			.withMessageContaining("line 3");
	}

	@Test
	void pdfIsRejectedWithAHint() {
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> this.reader.decode("plan.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
			.withMessageContaining("a PDF file");
	}

	@Test
	void truncatedUtf8IsRejectedAsTruncated() {
		byte[] bytes = PLAN.getBytes(StandardCharsets.UTF_8);
		byte[] cut = Arrays.copyOf(bytes, bytes.length - 2 - 1);
		// The plan ends with "。\r\n": dropping the line end and one byte of 。 leaves half a character.
		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> this.reader.decode("cut.txt", cut))
			.withMessageContaining("cut.txt: truncated UTF-8")
			.withMessageContaining("line 4");
	}

	@Test
	void damagedUtf8IsRejectedAtTheLineOfTheBadByteNotGuessedAsGbk() throws Exception {
		String plan = Files.readString(Path.of("import/plans/002_49859cdc74a7f20e.txt"));
		byte[] bytes = plan.getBytes(StandardCharsets.UTF_8);
		int at = plan.substring(0, plan.indexOf("二、空间布局")).getBytes(StandardCharsets.UTF_8).length;
		bytes[at] = (byte) 0xFF;
		int line = (int) plan.substring(0, plan.indexOf("二、空间布局")).chars().filter(c -> c == '\n').count() + 1;
		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> this.reader.decode("bad.txt", bytes))
			.withMessageContaining("not valid UTF-8")
			.withMessageContaining("line " + line);
	}

	@Test
	void damagedUtf16IsRejectedAtTheLineOfTheBadUnitCountedInCharactersNotBytes() {
		// 上 is U+4E0A: its UTF-16 code unit holds a 0x0A byte that is not a line feed.
		String text = "上海市规划\n第二行\n第三行";
		byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[utf16.length + 2 + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(utf16, 0, bytes, 2, utf16.length);
		// A lone low surrogate at the end of line 3.
		bytes[bytes.length - 2] = 0x00;
		bytes[bytes.length - 1] = (byte) 0xDC;
		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> this.reader.decode("u16.txt", bytes))
			.withMessageContaining("u16.txt: ")
			.withMessageContaining("UTF-16LE")
			.withMessageContaining("line 3");
	}

	@Test
	void lineNumbersCountOldMacLineEnds() {
		byte[] bytes = "一、总体要求\r加快发展。\r\0二、主要任务".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> this.reader.decode("cr.txt", bytes))
			.withMessageContaining("NUL byte")
			.withMessageContaining("line 3");
	}

	@Test
	void fileOverTheLimitIsRejectedWithoutReadingIt(@TempDir Path dir) throws Exception {
		Path big = dir.resolve("big.txt");
		Files.write(big, new byte[2048]);
		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> new PlanReader(1024).read(big))
			.withMessageContaining("big.txt: too large: 2048 bytes");
	}

	@Test
	void directoryIsNotAPlan(@TempDir Path dir) {
		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> this.reader.read(dir))
			.withMessageContaining("not a regular file");
	}

}
