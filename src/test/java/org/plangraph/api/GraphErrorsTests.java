package org.plangraph.api;

import java.util.List;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/** What a GraphQL client reads when the graph fails under a field: a classification and a sentence, never a trace. */
class GraphErrorsTests {

	private final DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
		.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
			.type(Scalars.GraphQLString)
			.path(ResultPath.rootPath().segment("platformsServing"))
			.build())
		.mergedField(MergedField.newMergedField(Field.newField("platformsServing").build()).build())
		.build();

	@Test
	void memoryTakenByOtherAnswersIsBusyAndSaysSo() {
		GraphQLError error = resolve(new TransientException("Neo.TransientError.General.MemoryPoolOutOfMemoryError",
				"The allocation of an extra 2.0 MiB would use more than the limit 1.4 GiB."));
		assertThat(error.getErrorType()).isEqualTo(ApiConfiguration.PlangraphErrorType.BUSY);
		assertThat(error.getMessage()).contains("no memory left").doesNotContain("1.4 GiB");
		assertThat(error.getPath()).containsExactly("platformsServing");
	}

	@Test
	void anotherTransientFailureIsBusyWithItsCode() {
		GraphQLError error = resolve(new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "x"));
		assertThat(error.getErrorType()).isEqualTo(ApiConfiguration.PlangraphErrorType.BUSY);
		assertThat(error.getMessage()).contains("DeadlockDetected").contains("try again");
	}

	@Test
	void aTimedOutReadIsTimeout() {
		GraphQLError error = resolve(new ClientException(
				"Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out"));
		assertThat(error.getErrorType()).isEqualTo(ApiConfiguration.PlangraphErrorType.TIMEOUT);
		assertThat(error.getMessage()).contains("plangraph.graphql.query-timeout");
	}

	@Test
	void anUnreachableGraphIsSaidPlainly() {
		GraphQLError error = resolve(new ServiceUnavailableException("connection refused"));
		assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
		assertThat(error.getMessage()).contains("unavailable");
	}

	private GraphQLError resolve(Throwable ex) {
		List<GraphQLError> errors = new ApiConfiguration().apiExceptions().resolveException(ex, this.env).block();
		assertThat(errors).hasSize(1);
		return errors.get(0);
	}

}
