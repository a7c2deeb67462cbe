package org.plangraph.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;

/**
 * The mutations, present only when {@code plangraph.graphql.write-token} is set: their schema file is added to the
 * schema, their controller registered, and an interceptor marks requests that carry the token as Bearer token.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(WriteConfiguration.WriteTokenConfigured.class)
class WriteConfiguration {

	/** GraphQL context key: true when the request carried the write token. */
	static final String AUTHORIZED = "plangraph.writeAuthorized";

	@Bean
	GraphQlSourceBuilderCustomizer mutationSchema() {
		return builder -> builder.schemaResources(new ClassPathResource("plangraph-write/mutation.graphqls"));
	}

	@Bean
	WebGraphQlInterceptor writeTokenInterceptor(ApiProperties properties) {
		byte[] expected = ("Bearer " + properties.writeToken()).getBytes(StandardCharsets.UTF_8);
		return new WebGraphQlInterceptor() {
			@Override
			public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
				List<String> headers = request.getHeaders().getOrEmpty(HttpHeaders.AUTHORIZATION);
				boolean authorized = headers.size() == 1
						&& MessageDigest.isEqual(expected, headers.get(0).strip().getBytes(StandardCharsets.UTF_8));
				request.configureExecutionInput((input, builder) -> {
					input.getGraphQLContext().put(AUTHORIZED, authorized);
					return input;
				});
				return chain.next(request);
			}
		};
	}

	static class WriteTokenConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String token = context.getEnvironment().getProperty("plangraph.graphql.write-token");
			return token != null && !token.isBlank();
		}

	}

}
