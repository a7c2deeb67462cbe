package org.plangraph.api;

import java.util.List;
import java.util.Map;

import org.plangraph.api.Model.SearchHit;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Full-text search over the {@code plangraph_text} index, the user's text taken literally. */
@Controller
class SearchController {

	private final GraphReads reads;

	private final Arguments arguments;

	SearchController(GraphReads reads, Arguments arguments) {
		this.reads = reads;
		this.arguments = arguments;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument Integer first) {
		String query = this.arguments.text("text", text);
		int limit = this.arguments.first("first", first, 20);
		if (limit == 0 || !FullTextQuery.searchable(query)) {
			return List.of();
		}
		return this.reads.read("search", Map.of("query", FullTextQuery.escape(query), "limit", limit))
			.stream()
			.map(r -> new SearchHit(Nodes.node(r.get("node")), r.get("score").asDouble(),
					Snippets.around(r.get("body").asString(null), query)))
			.filter(hit -> hit.node() != null)
			.toList();
	}

}
