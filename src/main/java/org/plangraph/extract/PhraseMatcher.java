package org.plangraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds every occurrence of a fixed set of phrases in one pass (Aho-Corasick, the {@code org.ahocorasick} library),
 * each with the value it was registered with. Callers pick among overlapping matches themselves.
 */
final class PhraseMatcher<T> {

	/** One occurrence: {@code end} is exclusive. */
	record Match<T>(int start, int end, String phrase, T value) {

		int length() {
			return this.end - this.start;
		}

	}

	private final PayloadTrie<T> trie;

	private final boolean empty;

	PhraseMatcher(Map<String, T> phrases) {
		PayloadTrie.PayloadTrieBuilder<T> builder = PayloadTrie.builder();
		phrases.forEach((phrase, value) -> {
			if (!phrase.isEmpty()) {
				builder.addKeyword(phrase, value);
			}
		});
		this.trie = builder.build();
		this.empty = phrases.isEmpty();
	}

	/** All matches, overlapping ones included, ordered by start then longest first. */
	List<Match<T>> all(CharSequence text) {
		if (this.empty) {
			return List.of();
		}
		List<Match<T>> matches = new ArrayList<>();
		for (PayloadEmit<T> emit : this.trie.parseText(text)) {
			matches.add(new Match<>(emit.getStart(), emit.getEnd() + 1, emit.getKeyword(), emit.getPayload()));
		}
		matches.sort(Comparator.<Match<T>>comparingInt(Match::start).thenComparing(m -> -m.length()));
		return matches;
	}

	/** Non-overlapping matches, longest first, then leftmost. */
	List<Match<T>> longest(CharSequence text) {
		List<Match<T>> all = all(text);
		List<Match<T>> byLength = new ArrayList<>(all);
		byLength.sort(Comparator.<Match<T>>comparingInt(m -> -m.length()).thenComparingInt(Match::start));
		boolean[] taken = new boolean[text.length()];
		List<Match<T>> chosen = new ArrayList<>();
		for (Match<T> m : byLength) {
			boolean free = true;
			for (int i = m.start(); i < m.end() && free; i++) {
				free = !taken[i];
			}
			if (free) {
				for (int i = m.start(); i < m.end(); i++) {
					taken[i] = true;
				}
				chosen.add(m);
			}
		}
		chosen.sort(Comparator.comparingInt(Match::start));
		return chosen;
	}

}
