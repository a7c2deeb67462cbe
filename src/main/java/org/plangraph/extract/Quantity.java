package org.plangraph.extract;

/**
 * A figure as written: {@code [start, end)} spans number, unit and comparator words, {@code numberStart} is where the
 * number (or the comparator before it) begins.
 *
 * @param unit the unit as recorded (亿元, 家, %), or {@code null} for a bare count
 * @param comparator {@code >}, {@code >=}, {@code <}, {@code <=}, {@code about} or {@code =}
 * @param chinese whether the number is written in Chinese numerals (十五, 百余)
 */
record Quantity(int start, int numberStart, int numberEnd, int end, double value, Double valueHigh, String unit,
		String comparator, boolean chinese) {
}
