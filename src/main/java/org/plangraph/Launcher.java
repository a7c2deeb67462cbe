package org.plangraph;

import java.lang.reflect.InvocationTargetException;

/**
 * Entry point of the jar. Compiled for Java 17 so that a JVM that is too old prints what to do instead of an
 * {@code UnsupportedClassVersionError}; everything else needs Java 25 (embedded Neo4j needs 21 or newer).
 */
public final class Launcher {

	static final int REQUIRED_JAVA = 21;

	private Launcher() {
	}

	public static void main(String[] args) throws Throwable {
		int running = Runtime.version().feature();
		if (running < REQUIRED_JAVA) {
			System.err.println("plangraph needs Java " + REQUIRED_JAVA + " or newer (Java 25 recommended); this is Java "
					+ running + " at " + System.getProperty("java.home") + ".");
			System.err.println("Run it with a newer JDK, e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar target/plangraph.jar,"
					+ " or use ./mvnw spring-boot:run, which picks a JDK >= 25 by itself.");
			System.exit(1);
		}
		try {
			Class.forName("org.plangraph.PlangraphApplication")
				.getMethod("main", String[].class)
				.invoke(null, (Object) args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
