package org.plangraph.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and access of the GraphQL API ({@code plangraph.graphql.*}).
 *
 * @param maxDepth deepest field nesting a query may have
 * @param maxComplexity cost bound: one per field, times {@code first} for paginated fields
 * @param maxPageSize largest {@code first}
 * @param maxArgumentLength longest free-text argument (search text, goal, name filter), in characters
 * @param queryTimeout transaction timeout of every read
 * @param writeToken when set, the mutations exist and require it as a Bearer token
 */
@ConfigurationProperties("plangraph.graphql")
record ApiProperties(@DefaultValue("12") int maxDepth, @DefaultValue("5000") int maxComplexity,
		@DefaultValue("100") int maxPageSize, @DefaultValue("200") int maxArgumentLength,
		@DefaultValue("30s") Duration queryTimeout, String writeToken) {

	boolean writable() {
		return this.writeToken != null && !this.writeToken.isBlank();
	}

}
