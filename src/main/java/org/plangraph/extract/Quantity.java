package org.plangraph.extract;

/**
 * A figure as written: {@code [start, end)} spans number, unit and comparator words, {@code numberStart} is where the
 * number (or the comparator before it) begins.
 *
 * @param unit the unit as recorded (亿元, 家, %), or {@code null} for a bare count
 * @param comparator {@code >}, {@code >=}, {@code <}, {@code <=}, {@code about} or {@code =}
 * @param chinese whether the number is written in Chinese numerals (十五, 百余)
 * @param idiom whether it is a set phrase of {@code figure-idioms.csv} (零的突破)
 */
record Quantity(int start, int numberStart, int numberEnd, int end, double value, Double valueHigh, String unit,
		String comparator, boolean chinese, boolean idiom) {

	Quantity(int start, int numberStart, int numberEnd, int end, double value, Double valueHigh, String unit,
			String comparator, boolean chinese) {
		this(start, numberStart, numberEnd, end, value, valueHigh, unit, comparator, chinese, false);
	}

}
