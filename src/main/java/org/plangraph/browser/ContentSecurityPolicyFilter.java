package org.plangraph.browser;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps Neo4j Browser off outside hosts. Even with telemetry off it loads fonts, error reporting, analytics and
 * feedback widgets from the internet; this policy lets it reach only plangraph itself, the graph's Bolt port and
 * the guide origin, so it works offline and sends nothing away.
 */
@Component
@ConditionalOnWebApplication
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

	static final String HEADER = "Content-Security-Policy";

	private final BoltEndpoint bolt;

	private final BrowserClientSettings settings;

	ContentSecurityPolicyFilter(BoltEndpoint bolt, BrowserClientSettings settings) {
		this.bolt = bolt;
		this.settings = settings;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.equals("/browser") && !path.startsWith("/browser/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, policy(request.getServerName()));
		chain.doFilter(request, response);
	}

	String policy(String requestHost) {
		Set<String> connect = new LinkedHashSet<>();
		connect.add("'self'");
		URI boltUri = this.bolt.uri(requestHost);
		if (this.bolt.routing()) {
			// A cluster's members are learnt from its routing table at run time.
			connect.add("ws:");
			connect.add("wss:");
		}
		else {
			String authority = boltUri.getRawAuthority();
			connect.add("ws://" + authority);
			connect.add("wss://" + authority);
			// Browser first probes the Bolt address over HTTP to see whether it is a Neo4j server.
			connect.add("http://" + authority);
		}
		String guides = this.settings.origin();
		if (guides != null) {
			connect.add(guides);
		}
		return String.join("; ", "default-src 'self'", "script-src 'self' 'unsafe-eval'",
				"style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self' data:",
				"connect-src " + String.join(" ", connect), "worker-src 'self' blob:", "frame-src 'self'",
				"object-src 'none'", "base-uri 'self'", "form-action 'self'");
	}

}
