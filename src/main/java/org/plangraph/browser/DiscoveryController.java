package org.plangraph.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the discovery request Neo4j Browser sends to the site root ({@code GET /}, {@code Accept: application/json})
 * in the shape a Neo4j server gives: where Bolt is, the version and edition, and no single sign-on providers.
 */
@RestController
class DiscoveryController {

	private final BoltEndpoint bolt;

	private final ServerVersion version;

	DiscoveryController(BoltEndpoint bolt, ServerVersion version) {
		this.bolt = bolt;
		this.version = version;
	}

	@GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> discovery(HttpServletRequest request) {
		ServerVersion.Info info = this.version.get();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put(this.bolt.routing() ? "bolt_routing" : "bolt_direct",
				this.bolt.uri(request.getServerName()).toString());
		answer.put("neo4j_version", info.version());
		answer.put("neo4j_edition", info.edition());
		answer.put("auth_config", Map.of("oidc_providers", List.of()));
		return answer;
	}

}
