package org.plangraph.document;

/**
 * Chinese numerals to numbers: 十五 → 15, 两 → 2, 二〇二五 → 2025 (digit by digit), 三百零五 → 305, 1.5万 → 15000.
 */
public final class ChineseNumbers {

	private ChineseNumbers() {
	}

	/**
	 * Parses an integer written in Chinese numerals, Arabic digits (half or full width) or a mix.
	 * @throws NumberFormatException if the text is not a number
	 */
	public static int parseInt(String text) {
		double value = parse(text);
		if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
			throw new NumberFormatException("not an integer: " + text);
		}
		return (int) value;
	}

	/**
	 * Parses a number: Arabic with an optional decimal part, Chinese numerals with 十/百/千/万/亿 units, or Arabic
	 * followed by a Chinese unit (1.5万, 3亿).
	 * @throws NumberFormatException if the text is not a number
	 */
	public static double parse(String text) {
		String s = toHalfWidth(text.strip()).replace(",", "");
		if (s.isEmpty()) {
			throw new NumberFormatException("empty number");
		}
		if (s.matches("\\d+(\\.\\d+)?")) {
			return Double.parseDouble(s);
		}
		java.util.regex.Matcher mixed = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)([十百千万亿]+)").matcher(s);
		if (mixed.matches()) {
			double n = Double.parseDouble(mixed.group(1));
			for (char u : mixed.group(2).toCharArray()) {
				n *= unit(u);
			}
			return n;
		}
		if (s.chars().allMatch(c -> digit((char) c) >= 0) && s.length() > 1) {
			// 二〇二五: digits written one by one, no units.
			double n = 0;
			for (char c : s.toCharArray()) {
				n = n * 10 + digit(c);
			}
			return n;
		}
		return parseWithUnits(s, text);
	}

	private static double parseWithUnits(String s, String original) {
		double total = 0;
		double section = 0;
		double number = 0;
		boolean any = false;
		for (char c : s.toCharArray()) {
			int d = digit(c);
			if (d >= 0) {
				number = d;
				any = true;
				continue;
			}
			long u = unit(c);
			if (u == 0) {
				throw new NumberFormatException("not a number: " + original);
			}
			any = true;
			if (u >= 10_000) {
				section = (section + number) * u;
				total += section;
				section = 0;
			}
			else {
				section += (number == 0 ? 1 : number) * u;
			}
			number = 0;
		}
		if (!any) {
			throw new NumberFormatException("not a number: " + original);
		}
		return total + section + number;
	}

	static int digit(char c) {
		return switch (c) {
			case '零', '〇', '○', 'Ｏ' -> 0;
			case '一', '壹' -> 1;
			case '二', '两', '贰' -> 2;
			case '三', '叁' -> 3;
			case '四', '肆' -> 4;
			case '五', '伍' -> 5;
			case '六', '陆' -> 6;
			case '七', '柒' -> 7;
			case '八', '捌' -> 8;
			case '九', '玖' -> 9;
			default -> c >= '0' && c <= '9' ? c - '0' : -1;
		};
	}

	private static long unit(char c) {
		return switch (c) {
			case '十', '拾' -> 10;
			case '百', '佰' -> 100;
			case '千', '仟' -> 1000;
			case '万' -> 10_000;
			case '亿' -> 100_000_000;
			default -> 0;
		};
	}

	/** Full-width digits, letters, dot and percent to ASCII. */
	public static String toHalfWidth(String s) {
		StringBuilder sb = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			if (c >= '！' && c <= '～' && c != '（' && c != '）') {
				sb.append((char) (c - 0xFEE0));
			}
			else {
				sb.append(c == '　' ? ' ' : c);
			}
		}
		return sb.toString();
	}

}
