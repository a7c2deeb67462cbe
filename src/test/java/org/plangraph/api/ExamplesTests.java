package org.plangraph.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.plangraph.SeededGraphTest;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every analyst query in {@code examples/} runs on the seeds without errors and answers something. With
 * {@code -Dplangraph.examples.write=true} the answers are written beside the queries ({@code <name>.json}).
 */
@SeededGraphTest
class ExamplesTests {

	private static final Path EXAMPLES = Path.of("examples");

	private static final ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@LocalServerPort
	int port;

	@Test
	@SuppressWarnings("unchecked")
	void everyExampleAnswersOnTheSeeds() throws IOException {
		List<Path> queries;
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			queries = files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList();
		}
		assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
		boolean write = Boolean.getBoolean("plangraph.examples.write");
		for (Path query : queries) {
			String name = query.getFileName().toString().replace(".graphql", "");
			Path variablesFile = EXAMPLES.resolve(name + ".variables.json");
			Map<String, Object> variables = Files.exists(variablesFile)
					? json.readValue(variablesFile.toFile(), Map.class) : Map.of();
			Map<String, Object> body = GraphQlTesting.http(this.port)
				.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("query", Files.readString(query), "variables", variables))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody();
			assertThat(body).as(name).doesNotContainKey("errors").containsKey("data");
			assertThat(body.get("data")).as(name).isNotNull();
			((Map<String, Object>) body.get("data")).forEach((field, value) -> {
				assertThat(value).as(name + ": " + field).isNotNull();
				if (value instanceof List<?> list) {
					assertThat(list).as(name + ": " + field).isNotEmpty();
				}
				if (value instanceof Map<?, ?> map && map.containsKey("edges")) {
					assertThat((List<?>) map.get("edges")).as(name + ": " + field).isNotEmpty();
				}
			});
			if (write) {
				Files.writeString(EXAMPLES.resolve(name + ".json"), json.writeValueAsString(body) + "\n",
						StandardCharsets.UTF_8);
			}
		}
	}

}
