package org.plangraph.api;

import org.springframework.graphql.execution.ErrorType;

/** An error the client caused, reported as a GraphQL error with its classification and this message. */
class ApiException extends RuntimeException {

	private final ErrorType type;

	ApiException(ErrorType type, String message) {
		super(message);
		this.type = type;
	}

	ErrorType type() {
		return this.type;
	}

	static ApiException badRequest(String message) {
		return new ApiException(ErrorType.BAD_REQUEST, message);
	}

	static ApiException notFound(String message) {
		return new ApiException(ErrorType.NOT_FOUND, message);
	}

}
