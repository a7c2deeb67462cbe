package org.plangraph.graph;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.neo4j.graphdb.schema.AnalyzerProvider;

/**
 * Full-text analyzer {@value #NAME}: Lucene's Chinese word segmenter. Neo4j's built-in {@code cjk} analyzer indexes
 * character bigrams and so never finds a one-character query (脑); this one also emits single characters for words
 * it does not know. Registered through {@code META-INF/services}, so it is available to embedded Neo4j and to any
 * server that has the plangraph jar in its plugins folder.
 */
public class SmartChineseAnalyzerProvider extends AnalyzerProvider {

	public static final String NAME = "plangraph-smartcn";

	public SmartChineseAnalyzerProvider() {
		super(NAME);
	}

	@Override
	public Analyzer createAnalyzer() {
		return new SmartChineseAnalyzer();
	}

	@Override
	public String description() {
		return "Chinese word segmentation (Lucene smartcn) for plan texts, names and aliases; ASCII lower-cased.";
	}

}
