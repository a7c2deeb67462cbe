package org.plangraph.extract;

import java.util.List;
import java.util.function.ToIntFunction;

/** Lookups in lists of mentions sorted by their start offset. */
final class Offsets {

	private Offsets() {
	}

	/** Index of the first item starting at or after {@code position} ({@code items} sorted by start). */
	static <T> int firstAtOrAfter(List<T> items, ToIntFunction<T> start, int position) {
		int lo = 0;
		int hi = items.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (start.applyAsInt(items.get(mid)) < position) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

}
