package org.plangraph.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering styles of Chinese official documents, in their usual order of depth. The outline parser uses their
 * order of first appearance in a document, not this order, except that chapters and their sections always rank
 * above every other style.
 */
enum OutlineMarker {

	CHAPTER("第([一二三四五六七八九十百零〇两]+)[章编篇]\\s*"),

	SUB_CHAPTER("第([一二三四五六七八九十百零〇两]+)节\\s*"),

	CHINESE("([一二三四五六七八九十]{1,3})[、．.]\\s*"),

	CHINESE_PAREN("[（(]([一二三四五六七八九十]{1,3})[）)]\\s*"),

	/**
	 * 4.3, 2.1.5: bounded to the outline's depth, because an unbounded repeat of a group recurses once per level in
	 * java.util.regex, and a line 1.1.1.… of a few thousand levels overflowed the stack.
	 */
	DOTTED("(\\d{1,2}(?:\\.\\d{1,2}){1," + (OutlineParser.MAX_DEPTH - 1) + "})[\\s　]+(?=\\p{IsHan})"),

	ARABIC("(\\d{1,3})(?:[、．]|\\.(?!\\d))\\s*(?![%％])"),

	ARABIC_PAREN("[（(](\\d{1,3})[）)]\\s*"),

	CIRCLED("([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\\s*"),

	ARTICLE("第([一二三四五六七八九十百零〇两]+)条\\s*");

	private final Pattern pattern;

	OutlineMarker(String regex) {
		this.pattern = Pattern.compile("^[\\s　]*" + regex);
	}

	boolean structural() {
		return this == CHAPTER || this == SUB_CHAPTER;
	}

	/** The code segment for a numbering as written: 五, (二), 3, (3), ①, 第一章, 4.3. */
	String segment(String number) {
		return switch (this) {
			case CHINESE_PAREN, ARABIC_PAREN -> "(" + number + ")";
			case CHAPTER -> "第" + number + "章";
			case SUB_CHAPTER -> "第" + number + "节";
			case ARTICLE -> "第" + number + "条";
			default -> number;
		};
	}

	/** Matches the start of a line; group 1 is the number. */
	Matcher matcher(String line) {
		return this.pattern.matcher(line);
	}

}
