package org.plangraph.browser;

import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.plangraph.graph.GraphTarget;

import org.springframework.stereotype.Component;

/** The graph server's version and edition, asked once through the driver so that embedded and external agree. */
@Component
class ServerVersion {

	private final Driver driver;

	private final GraphTarget target;

	private final AtomicReference<Info> info = new AtomicReference<>();

	ServerVersion(Driver driver, GraphTarget target) {
		this.driver = driver;
		this.target = target;
	}

	Info get() {
		Info known = this.info.get();
		if (known != null) {
			return known;
		}
		try (Session session = this.driver.session(this.target.session())) {
			Record row = session.run("""
					CALL dbms.components() YIELD name, versions, edition
					WHERE name = 'Neo4j Kernel'
					RETURN versions[0] AS version, edition""").single();
			Info fresh = new Info(row.get("version").asString(), row.get("edition").asString());
			this.info.set(fresh);
			return fresh;
		}
	}

	record Info(String version, String edition) {
	}

}
