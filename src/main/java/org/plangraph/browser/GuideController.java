package org.plangraph.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The analyst guide for Neo4j Browser's {@code :play}. Its queries are not copies: each {@code {{query:NAME}}} in
 * {@code guides/plangraph.html} becomes the parameters and query of {@code cypher/queries/NAME.cypher}, so the guide
 * and the files analysts run from cypher-shell cannot drift apart.
 */
@RestController
class GuideController {

	static final String TEMPLATE = "guides/plangraph.html";

	private static final Pattern QUERY = Pattern.compile("\\{\\{query:([a-z0-9-]+)}}");

	@GetMapping(path = BrowserClientSettings.GUIDE, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
	ResponseEntity<String> guide(HttpServletRequest request) {
		String style = ServletUriComponentsBuilder.fromContextPath(request)
			.path(BrowserClientSettings.STYLE)
			.toUriString();
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(render(style));
	}

	static String render(String styleUrl) {
		Matcher m = QUERY.matcher(read(TEMPLATE));
		StringBuilder html = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(html, Matcher.quoteReplacement(steps(m.group(1))));
		}
		m.appendTail(html);
		return html.toString().replace("{{style}}", escape(styleUrl));
	}

	/**
	 * Two clicks: one sets the parameters, the other puts the query into the editor. Browser runs a pasted
	 * {@code :param}-plus-query script as several statements and then shows only their summaries, not the graph.
	 */
	static String steps(String name) {
		AnalystQueryFile file = AnalystQueryFile.read(name);
		StringBuilder html = new StringBuilder();
		if (!file.parameters().isEmpty()) {
			String params = "params {" + file.parameters()
				.entrySet()
				.stream()
				.map(e -> e.getKey() + ": " + e.getValue())
				.collect(Collectors.joining(", ")) + "}";
			html.append("<p>① 设定参数（点击即执行）· Set the parameters (runs on click): <a class=\"plangraph-params\" data-exec=\"")
				.append(escape(params))
				.append("\"><code>:")
				.append(escape(params))
				.append("</code></a></p>\n    <p>② 点击查询放入编辑器，按 ▶ 运行 · Click the query, then ▶ to run it:</p>\n    ");
		}
		html.append("<pre class=\"pre-scrollable code runnable\">").append(escape(file.query())).append("</pre>");
		return html.toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	static String read(String path) {
		ClassPathResource resource = new ClassPathResource(path);
		if (!resource.exists()) {
			throw new IllegalStateException("Missing " + path + " on the classpath");
		}
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
