package org.plangraph.api;

import java.nio.charset.StandardCharsets;

import graphql.GraphQLContext;
import org.plangraph.load.LoadOutcome;
import org.plangraph.load.PlanLoader;

import org.springframework.context.annotation.Conditional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Controller;

/** loadDocument and deleteDocument, through the same {@link PlanLoader} as the command line. */
@Controller
@Conditional(WriteConfiguration.WriteTokenConfigured.class)
class WriteController {

	private static final int MAX_NAME_LENGTH = 200;

	private final PlanLoader loader;

	private final Arguments arguments;

	WriteController(PlanLoader loader, Arguments arguments) {
		this.loader = loader;
		this.arguments = arguments;
	}

	record LoadResult(String file, String status, String documentId, String detail, long nodes, long relationships) {
	}

	@MutationMapping
	LoadResult loadDocument(@Argument String name, @Argument String text, GraphQLContext context) {
		authorize(context);
		String file = fileName(name);
		LoadOutcome outcome = this.loader.load(file, text.getBytes(StandardCharsets.UTF_8));
		return new LoadResult(outcome.file(), outcome.status().name(), outcome.documentId(), outcome.detail(),
				outcome.nodes(), outcome.relationships());
	}

	@MutationMapping
	boolean deleteDocument(@Argument String id, GraphQLContext context) {
		authorize(context);
		return this.loader.delete(this.arguments.id("id", id));
	}

	private static void authorize(GraphQLContext context) {
		if (!Boolean.TRUE.equals(context.get(WriteConfiguration.AUTHORIZED))) {
			throw new ApiException(ErrorType.UNAUTHORIZED,
					"Mutations require the write token as `Authorization: Bearer <token>`");
		}
	}

	/** A plain file name: it becomes the document id, so no paths, no control characters. */
	private static String fileName(String name) {
		String n = name == null ? "" : name.strip();
		if (n.isEmpty() || n.length() > MAX_NAME_LENGTH || n.contains("/") || n.contains("\\") || n.startsWith(".")
				|| n.chars().anyMatch(Character::isISOControl)) {
			throw ApiException.badRequest("`name` must be a plain file name such as plan.txt (no path), at most "
					+ MAX_NAME_LENGTH + " characters");
		}
		return n;
	}

}
