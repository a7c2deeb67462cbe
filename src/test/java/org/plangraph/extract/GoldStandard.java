package org.plangraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One hand-annotated document of {@code src/test/resources/fixtures/gold/} (format in the fixtures README).
 */
record GoldStandard(String file, Path source, String split, List<GoldEntity> entities, List<GoldGoal> goals,
		List<GoldTarget> targets, List<GoldTask> tasks, List<GoldRelation> relations) {

	static final Path GOLD_DIRECTORY = Path.of("src/test/resources/fixtures/gold");

	record GoldEntity(String name, String kind, Set<String> names) {
	}

	record GoldGoal(String text, Integer horizonYear) {
	}

	record GoldTarget(String metric, Double value, Double valueHigh, String unit, String comparator, Integer year,
			String kind, String quote) {
	}

	record GoldTask(String code, String title) {
	}

	record GoldRelation(String type, String from, String to, String role, String quote) {
	}

	static List<GoldStandard> all() throws IOException {
		try (Stream<Path> files = Files.list(GOLD_DIRECTORY)) {
			List<GoldStandard> gold = new ArrayList<>();
			for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
				gold.add(read(file));
			}
			return gold;
		}
	}

	static GoldStandard read(Path file) {
		JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
		List<GoldEntity> entities = new ArrayList<>();
		for (JsonNode e : root.path("entities")) {
			Set<String> names = new LinkedHashSet<>();
			names.add(e.path("name").asString());
			e.path("aliasesInText").forEach(alias -> names.add(alias.asString()));
			entities.add(new GoldEntity(e.path("name").asString(), e.path("kind").asString(), names));
		}
		List<GoldGoal> goals = new ArrayList<>();
		for (JsonNode g : root.path("goals")) {
			goals.add(new GoldGoal(g.path("text").asString(), integer(g.path("horizonYear"))));
		}
		List<GoldTarget> targets = new ArrayList<>();
		for (JsonNode t : root.path("targets")) {
			targets.add(new GoldTarget(t.path("metric").asString(), number(t.path("value")),
					number(t.path("valueHigh")), text(t.path("unit")), text(t.path("comparator")),
					integer(t.path("year")), t.path("kind").asString(), t.path("quote").asString()));
		}
		List<GoldTask> tasks = new ArrayList<>();
		for (JsonNode t : root.path("tasks")) {
			tasks.add(new GoldTask(t.path("code").asString(), t.path("title").asString()));
		}
		List<GoldRelation> relations = new ArrayList<>();
		for (JsonNode r : root.path("relations")) {
			relations.add(new GoldRelation(r.path("type").asString(), r.path("from").asString(),
					r.path("to").asString(), text(r.path("role")), r.path("quote").asString()));
		}
		return new GoldStandard(root.path("file").asString(), Path.of(root.path("source").asString()),
				root.path("split").asString(), entities, goals, targets, tasks, relations);
	}

	private static Integer integer(JsonNode node) {
		return node.isNumber() ? node.asInt() : null;
	}

	private static Double number(JsonNode node) {
		return node.isNumber() ? node.asDouble() : null;
	}

	private static String text(JsonNode node) {
		return node.isString() ? node.asString() : null;
	}

}
