package org.plangraph.api;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.language.Field;
import graphql.language.Selection;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.plangraph.api.Model.Document;
import org.plangraph.api.Model.Evidence;
import org.plangraph.api.Model.Goal;
import org.plangraph.api.Model.Section;
import org.plangraph.api.Model.Target;
import org.plangraph.api.Model.Task;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;

/**
 * The {@code document} field of quotes, tasks, goals, targets and sections. A document asked for its id alone
 * ({@code evidence { document { id } } }, the usual shape) is answered from the id its child holds, without a read:
 * every quote and node names a document its own load wrote in the same transaction. Anything more goes through the
 * documents DataLoader ({@link DocumentController}), one batch per request level.
 * <p>
 * Plain data fetchers rather than controller methods: an answer of platformsServing holds thousands of quotes, and
 * an annotated method's per-call argument resolution was a visible share of such a request's time.
 */
@Component
class DocumentFields implements RuntimeWiringConfigurer {

	/** The name BatchLoaderRegistry#forTypePair gives the documents DataLoader. */
	private static final String DOCUMENTS = Document.class.getName();

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Evidence", t -> t.dataFetcher("document", document(Evidence::documentId)))
			.type("Task", t -> t.dataFetcher("document", document(Task::documentId)))
			.type("Goal", t -> t.dataFetcher("document", document(Goal::documentId)))
			.type("Target", t -> t.dataFetcher("document", document(Target::documentId)))
			.type("Section", t -> t.dataFetcher("document", document(Section::documentId)));
	}

	private static <T> DataFetcher<CompletableFuture<Document>> document(Function<T, String> documentId) {
		return new DocumentFetcher<>(documentId);
	}

	/** Self-describing, so that Spring's schema inspection still follows the field into {@code Document}. */
	private record DocumentFetcher<T>(Function<T, String> documentId)
			implements SelfDescribingDataFetcher<CompletableFuture<Document>> {

		@Override
		public CompletableFuture<Document> get(DataFetchingEnvironment env) {
			String id = this.documentId.apply(env.getSource());
			if (id != null && idOnly(env.getMergedField().getFields())) {
				return CompletableFuture.completedFuture(new Document(id, null, null, null, null, null, null));
			}
			DataLoader<String, Document> documents = env.getDataLoader(DOCUMENTS);
			return documents.load(id);
		}

		@Override
		public String getDescription() {
			return "DocumentFields#document";
		}

		@Override
		public ResolvableType getReturnType() {
			return ResolvableType.forClassWithGenerics(CompletableFuture.class, Document.class);
		}

		@Override
		public boolean usesDataLoader() {
			return true;
		}

	}

	/** Whether every selection under the field is {@code id} or {@code __typename} (fragments count as more). */
	private static boolean idOnly(List<Field> fields) {
		for (Field field : fields) {
			if (field.getSelectionSet() == null) {
				return false;
			}
			for (Selection<?> selection : field.getSelectionSet().getSelections()) {
				if (!(selection instanceof Field f) || !("id".equals(f.getName()) || "__typename".equals(f.getName()))) {
					return false;
				}
			}
		}
		return true;
	}

}
