package org.plangraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.plangraph.api.Model.Connection;
import org.plangraph.api.Model.Target;
import org.plangraph.api.Model.Task;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Tasks (paginated, document order) and targets. */
@Controller
class TaskController {

	static final String CURSOR_KIND = "task/1";

	private final GraphReads reads;

	private final Arguments arguments;

	TaskController(GraphReads reads, Arguments arguments) {
		this.reads = reads;
		this.arguments = arguments;
	}

	@QueryMapping
	Connection<Task> tasks(@Argument String document, @Argument Integer first, @Argument String after) {
		String doc = this.arguments.id("document", document);
		int size = this.arguments.first("first", first, 20);
		Map<String, Object> params = new HashMap<>();
		params.put("doc", doc);
		params.put("afterDoc", null);
		params.put("afterStart", 0L);
		params.put("afterId", null);
		if (after != null) {
			List<String> key = Cursors.decode(CURSOR_KIND, 3, after);
			params.put("afterDoc", key.get(0));
			params.put("afterStart", parseLong(key.get(1)));
			params.put("afterId", key.get(2));
		}
		params.put("limit", size + 1);
		Record r = ReadCheck.untilWhole("tasks", () -> this.reads.single("tasks-page", params), record -> {
			List<org.neo4j.driver.Value> rows = record.get("page").asList(v -> v);
			long expectedRows = Math.min(size + 1, record.get("remaining").asLong());
			return ReadCheck.countsWhole(record) && rows.size() == expectedRows && ReadCheck.rowsWhole(record, rows);
		});
		if (!r.get("known").asBoolean()) {
			throw ApiException.notFound("No document with id " + doc);
		}
		Map<String, Long> starts = new HashMap<>();
		List<Task> page = r.get("page").asList(v -> {
			Task t = Nodes.task(v);
			starts.put(t.id(), v.get("start").asLong());
			return t;
		});
		return EntityController.connection(page, size, r.get("totalCount").asLong(),
				t -> Cursors.encode(CURSOR_KIND, t.documentId(), starts.get(t.id()), t.id()));
	}

	@QueryMapping
	List<Target> targets(@Argument String document, @Argument Integer year) {
		String doc = this.arguments.id("document", document);
		Map<String, Object> params = new HashMap<>();
		params.put("doc", doc);
		params.put("year", year);
		Record r = ReadCheck.untilWhole("targets", () -> this.reads.single("targets", params),
				record -> ReadCheck.countsWhole(record) && ReadCheck.rowsWhole(record, record.get("targets").asList(v -> v)));
		if (!r.get("known").asBoolean()) {
			throw ApiException.notFound("No document with id " + doc);
		}
		return r.get("targets").asList(Nodes::target);
	}

	private static long parseLong(String s) {
		try {
			return Long.parseLong(s);
		}
		catch (NumberFormatException ex) {
			throw ApiException.badRequest("`after` is not a cursor of this list");
		}
	}

}
