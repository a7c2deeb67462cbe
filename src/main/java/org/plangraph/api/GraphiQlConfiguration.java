package org.plangraph.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /graphiql}: the GraphiQL page bundled at build time into {@code static/graphiql/} (see
 * {@code src/main/graphiql}), so it works without network access.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/graphiql", "/graphiql/");
		registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
	}

}
