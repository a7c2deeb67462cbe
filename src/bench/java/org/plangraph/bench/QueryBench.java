package org.plangraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three headline queries (platformsServing, responsibilityChain, a page of entities), each asked three ways of the
 * same served store: plangraph's GraphQL, hand-written Cypher over Bolt to the same server, and, where it runs, a
 * {@code @neo4j/graphql} server (bench/neo4j-graphql) on the same Bolt port with the nearest query its generated
 * schema allows. Parameters rotate through values sampled from the store.
 */
final class QueryBench {

	static final List<String> QUERIES = List.of("platformsServing", "responsibilityChain", "entities");

	static final List<String> KINDS = List.of("PLATFORM", "UNIVERSITY", "FIRM", "ZONE", "AGENCY");

	// --- plangraph GraphQL ---

	private static final String GQL_SERVING = """
			query($goal: String!) { platformsServing(goal: $goal) {
			  platform { id name kind } via { id } evidence { document { id } quote start end } } }""";

	private static final String GQL_CHAIN = """
			query($task: ID!) { responsibilityChain(task: $task) {
			  depth role agency { id name } evidence { document { id } quote start end } } }""";

	private static final String GQL_ENTITIES = """
			query($kind: EntityKind) { entities(kind: $kind, first: 20) { totalCount
			  edges { cursor node { id name kind aliases } } pageInfo { hasNextPage endCursor } } }""";

	// --- hand-written Cypher: one statement each, returning the same fields ---

	private static final String CY_SERVING = """
			MATCH (:Topic {name: $goal})<-[:BROADER*0..12]-(t:Topic)
			WITH collect(DISTINCT t) AS topics
			CALL (topics) {
			  UNWIND topics AS t
			  MATCH (k:Task)-[:ADVANCES]->(t)
			  RETURN collect(DISTINCT k) AS tasks
			}
			UNWIND topics + tasks AS via
			WITH DISTINCT via
			MATCH (p:Platform)-[r:SUPPORTS]->(via)
			WITH p, via, r ORDER BY r.doc, r.start
			WITH p, via, collect(r {.doc, .quote, .start, .end}) AS evidence
			RETURN p {.id, .name, .kind} AS platform, via.id AS via, evidence
			ORDER BY p.name, p.id, via""";

	// The superiors' quotes too (the REPORTS_TO link one step down on a shortest way up), as the GraphQL query asks.
	private static final String CY_CHAIN = """
			MATCH (t:Task {id: $task})<-[r:RESPONSIBLE_FOR]-(a:Agency)
			WITH collect({depth: 0, role: coalesce(r.role, 'HANDLER'), agency: a {.id, .name},
			              evidence: r {.doc, .quote, .start, .end}}) AS direct, collect(DISTINCT a) AS agencies
			CALL (agencies) {
			  UNWIND agencies AS a0
			  MATCH p = (a0)-[:REPORTS_TO*1..12]->(up:Agency)
			  WHERE NOT up IN agencies
			  WITH up, p ORDER BY length(p)
			  WITH up, collect(p)[0] AS shortest
			  WITH up, length(shortest) AS depth, last(relationships(shortest)) AS link
			  ORDER BY depth, up.name
			  RETURN collect({depth: depth, role: 'SUPERIOR', agency: up {.id, .name},
			                  evidence: link {.doc, .quote, .start, .end}}) AS above
			}
			RETURN direct + above AS chain""";

	private static final String CY_ENTITIES = """
			CALL () { MATCH (e:$($label)) RETURN count(e) AS totalCount }
			CALL () {
			  MATCH (e:$($label)) WITH e ORDER BY e.id LIMIT 21
			  RETURN collect(e {.id, .name, .kind, .aliases}) AS page
			}
			RETURN totalCount, page[0..20] AS page, size(page) > 20 AS hasNextPage""";

	// --- @neo4j/graphql: its generated schema cannot follow BROADER to any depth; two levels down are asked ---

	private static final String CLAIM = "supportersConnection { edges { properties { doc quote start end } node { id name kind } } }";

	private static final String NEO_SERVING = """
			query($goal: String!) { topics(where: {name: {eq: $goal}}) { id %1$s
			  advancedBy { id %1$s }
			  narrower { id %1$s advancedBy { id %1$s } narrower { id %1$s advancedBy { id %1$s } } } } }"""
		.formatted(CLAIM);

	private static final String NEO_CHAIN = """
			query($task: ID!) { tasks(where: {id: {eq: $task}}) { id
			  responsibleConnection { edges { properties { role doc quote start end } node { id name
			    reportsTo { id name reportsTo { id name } } } } } } }""";

	private static final String NEO_ENTITIES = """
			query { %sConnection(first: 20, sort: [{id: ASC}]) { totalCount
			  edges { cursor node { id name kind aliases } } pageInfo { hasNextPage endCursor } } }""";

	private static final Map<String, String> NEO_CONNECTION = Map.of("PLATFORM", "platforms", "UNIVERSITY",
			"universities", "FIRM", "firms", "ZONE", "zones", "AGENCY", "agencies");

	private static final Map<String, String> LABEL = Map.of("PLATFORM", "Platform", "UNIVERSITY", "University", "FIRM",
			"Firm", "ZONE", "Zone", "AGENCY", "Agency");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor())
		.build();

	private final int clients;

	private final Duration warmup;

	private final Duration measure;

	QueryBench(int clients, Duration warmup, Duration measure) {
		this.clients = clients;
		this.warmup = warmup;
		this.measure = measure;
	}

	/** The same clients for the length of the warm-up only: a pass whose figures are thrown away. */
	QueryBench warmupPass() {
		return new QueryBench(this.clients, Duration.ZERO, this.warmup);
	}

	/** Values to ask about, sampled from the store in a fixed order. */
	record Params(List<String> goals, List<String> tasks) {
	}

	static Params sample(Driver driver) {
		List<String> goals = strings(driver,
				"MATCH (t:Topic)<-[:SUPPORTS]-(:Platform) RETURN DISTINCT t.name AS v ORDER BY v LIMIT 40");
		if (goals.isEmpty()) {
			goals = strings(driver, "MATCH (t:Topic) RETURN t.name AS v ORDER BY v LIMIT 40");
		}
		if (goals.isEmpty()) {
			goals = List.of("人工智能");
		}
		List<String> tasks = strings(driver,
				"MATCH (t:Task)<-[:RESPONSIBLE_FOR]-(:Agency) RETURN DISTINCT t.id AS v ORDER BY v LIMIT 200");
		if (tasks.isEmpty()) {
			tasks = strings(driver, "MATCH (t:Task) RETURN t.id AS v ORDER BY v LIMIT 200");
		}
		return new Params(goals, tasks);
	}

	private static List<String> strings(Driver driver, String cypher) {
		return driver.executableQuery(cypher).execute().records().stream().map(r -> r.get("v").asString()).toList();
	}

	/** Results per query name for one target. */
	Map<String, QueryLoad.Stats> plangraph(int httpPort, Params p) throws Exception {
		URI uri = URI.create("http://127.0.0.1:" + httpPort + "/graphql");
		Map<String, QueryLoad.Stats> out = new LinkedHashMap<>();
		measure(out, "platformsServing", i -> size(graphql(uri, GQL_SERVING, Map.of("goal", pick(p.goals(), i))),
				"platformsServing"));
		if (!p.tasks().isEmpty()) {
			measure(out, "responsibilityChain", i -> size(
					graphql(uri, GQL_CHAIN, Map.of("task", pick(p.tasks(), i))), "responsibilityChain"));
		}
		measure(out, "entities", i -> size(graphql(uri, GQL_ENTITIES, Map.of("kind", pick(KINDS, i)))
			.get("entities"), "edges"));
		return out;
	}

	Map<String, QueryLoad.Stats> cypher(int boltPort, Params p) throws Exception {
		Map<String, QueryLoad.Stats> out = new LinkedHashMap<>();
		Config config = Config.builder().withMaxConnectionPoolSize(this.clients * 2).build();
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none(), config)) {
			QueryConfig read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
			measure(out, "platformsServing", i -> driver.executableQuery(CY_SERVING)
				.withParameters(Map.of("goal", pick(p.goals(), i)))
				.withConfig(read)
				.execute()
				.records()
				.size());
			if (!p.tasks().isEmpty()) {
				measure(out, "responsibilityChain", i -> driver.executableQuery(CY_CHAIN)
					.withParameters(Map.of("task", pick(p.tasks(), i)))
					.withConfig(read)
					.execute()
					.records()
					.stream()
					.mapToInt(r -> r.get("chain").size())
					.sum());
			}
			measure(out, "entities", i -> driver.executableQuery(CY_ENTITIES)
				.withParameters(Map.of("label", LABEL.get(pick(KINDS, i))))
				.withConfig(read)
				.execute()
				.records()
				.get(0)
				.get("page")
				.size());
		}
		return out;
	}

	Map<String, QueryLoad.Stats> neo4jGraphql(int port, Params p) throws Exception {
		URI uri = URI.create("http://127.0.0.1:" + port + "/graphql");
		Map<String, QueryLoad.Stats> out = new LinkedHashMap<>();
		measure(out, "platformsServing",
				i -> countKey(graphql(uri, NEO_SERVING, Map.of("goal", pick(p.goals(), i))), "node"));
		if (!p.tasks().isEmpty()) {
			measure(out, "responsibilityChain", i -> {
				JsonNode data = graphql(uri, NEO_CHAIN, Map.of("task", pick(p.tasks(), i)));
				return countKey(data, "node") + countKey(data, "reportsTo");
			});
		}
		measure(out, "entities", i -> {
			String connection = NEO_CONNECTION.get(pick(KINDS, i)) + "Connection";
			return size(graphql(uri, NEO_ENTITIES.formatted(NEO_CONNECTION.get(pick(KINDS, i))), Map.of())
				.get(connection), "edges");
		});
		return out;
	}

	/** A check before measuring: the GraphQL endpoint knows the three contract queries. */
	static boolean hasContractQueries(int httpPort) {
		try {
			JsonNode data = new QueryBench(1, Duration.ZERO, Duration.ZERO).graphql(
					URI.create("http://127.0.0.1:" + httpPort + "/graphql"),
					"{ __schema { queryType { fields { name } } } }", Map.of());
			List<String> names = new ArrayList<>();
			data.get("__schema").get("queryType").get("fields").forEach(f -> names.add(f.get("name").asString()));
			return names.containsAll(QUERIES);
		}
		catch (Exception ex) {
			return false;
		}
	}

	private QueryLoad.Stats load(QueryLoad.Request request) throws Exception {
		return QueryLoad.run(this.clients, this.warmup, this.measure, request);
	}

	/** {@code -Dbench.queries=entities,...} measures only those (for profiling one query); default all three. */
	private void measure(Map<String, QueryLoad.Stats> out, String query, QueryLoad.Request request) throws Exception {
		String only = System.getProperty("bench.queries", "");
		if (only.isBlank() || List.of(only.split(",")).contains(query)) {
			out.put(query, load(request));
		}
	}

	private JsonNode graphql(URI uri, String query, Map<String, Object> variables) throws Exception {
		String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		JsonNode json = JSON.readTree(response.body());
		if (response.statusCode() != 200 || (json.has("errors") && !json.get("errors").isEmpty())
				|| json.get("data") == null || json.get("data").isNull()) {
			throw new IllegalStateException("HTTP " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		return json.get("data");
	}

	private static int size(JsonNode node, String field) {
		JsonNode list = node.get(field);
		return list == null ? 0 : list.size();
	}

	/** How many objects under {@code key} anywhere in the answer. */
	private static int countKey(JsonNode node, String key) {
		int n = 0;
		if (node.isObject()) {
			for (var e : node.properties()) {
				if (e.getKey().equals(key)) {
					n += e.getValue().isArray() ? e.getValue().size() : (e.getValue().isNull() ? 0 : 1);
				}
				n += countKey(e.getValue(), key);
			}
		}
		else if (node.isArray()) {
			for (JsonNode child : node) {
				n += countKey(child, key);
			}
		}
		return n;
	}

	private static <T> T pick(List<T> values, int i) {
		return values.get(Math.floorMod(i, values.size()));
	}

}
