package org.plangraph.browser;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Opens Neo4j Browser ready to use. {@code /browser/} without parameters redirects to itself with the parameters that
 * make Browser connect at once when the graph needs no login, or fill in the server and user when it does; with
 * parameters it is Browser's page.
 */
@Controller
class BrowserController {

	static final String INDEX = "browser/index.html";

	private final BoltEndpoint bolt;

	BrowserController(BoltEndpoint bolt) {
		this.bolt = bolt;
	}

	@GetMapping("/browser")
	ResponseEntity<Void> withoutSlash() {
		return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/browser/")).build();
	}

	@GetMapping("/browser/")
	ResponseEntity<?> open(HttpServletRequest request) {
		if (request.getQueryString() == null) {
			return ResponseEntity.status(HttpStatus.FOUND).location(connectLink(request.getServerName())).build();
		}
		Resource index = new ClassPathResource(INDEX);
		if (!index.exists()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache()).body(index);
	}

	private URI connectLink(String requestHost) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/browser/");
		String username = this.bolt.username();
		if (username == null) {
			link.queryParam("preselectAuthMethod", "NO_AUTH");
		}
		else {
			URI uri = this.bolt.uri(requestHost);
			URI withUser = URI.create(uri.getScheme() + "://" + username + "@" + uri.getRawAuthority());
			link.queryParam("preselectAuthMethod", "NATIVE").queryParam("dbms", withUser);
		}
		return link.encode().build().toUri();
	}

}
