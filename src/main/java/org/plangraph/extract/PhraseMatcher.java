package org.plangraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

/**
 * Finds every occurrence of a fixed set of phrases in one pass, each with the value it was registered with. Callers
 * pick among overlapping matches themselves. The automaton is HanLP's Aho-Corasick over a double-array trie
 * ({@code com.hankcs:aho-corasick-double-array-trie}): its transitions are array lookups by character, where a
 * hash-map trie boxes every character of the text, which made matching most of the extraction time.
 */
final class PhraseMatcher<T> {

	/** One occurrence: {@code end} is exclusive. */
	record Match<T>(int start, int end, String phrase, T value) {

		int length() {
			return this.end - this.start;
		}

	}

	private final AhoCorasickDoubleArrayTrie<T> trie = new AhoCorasickDoubleArrayTrie<>();

	private final boolean empty;

	PhraseMatcher(Map<String, T> phrases) {
		TreeMap<String, T> keywords = new TreeMap<>();
		phrases.forEach((phrase, value) -> {
			if (!phrase.isEmpty()) {
				keywords.put(phrase, value);
			}
		});
		this.empty = keywords.isEmpty();
		if (!this.empty) {
			this.trie.build(keywords);
		}
	}

	/** All matches, overlapping ones included, ordered by start then longest first. */
	List<Match<T>> all(CharSequence text) {
		if (this.empty) {
			return List.of();
		}
		List<Match<T>> matches = new ArrayList<>();
		AhoCorasickDoubleArrayTrie.IHit<T> collect = (begin, end, value) -> matches
			.add(new Match<>(begin, end, text.subSequence(begin, end).toString(), value));
		this.trie.parseText(text, collect);
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
