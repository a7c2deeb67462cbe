package org.plangraph.cli;

import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine;

/** Version from {@code plangraph-version.properties}, written by the build. */
class VersionProvider implements CommandLine.IVersionProvider {

	@Override
	public String[] getVersion() throws Exception {
		Properties p = new Properties();
		try (InputStream in = VersionProvider.class.getResourceAsStream("/plangraph-version.properties")) {
			if (in != null) {
				p.load(in);
			}
		}
		return new String[] { "plangraph " + p.getProperty("version", "unknown"),
				"Neo4j " + p.getProperty("neo4j", "unknown") + " (embedded), Java " + Runtime.version() };
	}

}
