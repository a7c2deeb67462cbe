package org.plangraph.extract;

/**
 * An actor named at {@code [start, end)} of a document text.
 *
 * @param written the name as the text writes it
 * @param method {@code gazetteer}, {@code pattern}, {@code place} or {@code responsibility-list}
 * @param whole the mention this one is nested in (复旦大学 in 复旦大学上海智能产业创新研究院), or {@code null}
 */
record ActorMention(int start, int end, String written, Actor actor, String method, ActorMention whole) {

	boolean contains(int position) {
		return position >= this.start && position < this.end;
	}

}
