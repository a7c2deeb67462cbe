package org.plangraph.extract;

import java.util.List;

/**
 * A subject from the curated topic list.
 *
 * @param broader names of the topics directly above it (类脑芯片 → 人工智能芯片)
 */
public record Topic(String name, String nameEn, List<String> aliases, List<String> broader) {

	public String id() {
		return idFor(this.name);
	}

	public static String idFor(String name) {
		return "topic:" + name;
	}

}
