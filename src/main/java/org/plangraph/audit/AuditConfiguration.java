package org.plangraph.audit;

import org.neo4j.driver.Driver;
import org.plangraph.graph.GraphTarget;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	Auditor auditor(Driver driver, GraphTarget target) {
		return new Auditor(driver, target);
	}

}
