package org.plangraph.browser;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves Neo4j Browser's files from the {@code neo4j-browser} jar, which keeps them under {@code browser/}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class BrowserWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// The bundles carry a content hash in their names; index.html (served by BrowserController) does not.
		registry.addResourceHandler("/browser/**")
			.addResourceLocations("classpath:/browser/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)));
	}

	/**
	 * The post-connect commands name one host ({@code localhost}); an analyst who opened Browser as
	 * {@code 127.0.0.1} fetches the style and guide cross-origin. They are public, read-only files.
	 */
	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/guides/**").allowedOrigins("*").allowedMethods("GET");
		registry.addMapping("/styles/**").allowedOrigins("*").allowedMethods("GET");
	}

}
