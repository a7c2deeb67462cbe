package org.plangraph.cli;

import java.io.PrintWriter;

/** Lets tests in other packages run the command line with their own writers. */
public final class PlangraphCommandAccess {

	private PlangraphCommandAccess() {
	}

	public static int run(PrintWriter out, PrintWriter err, String... args) {
		return PlangraphCommand.commandLine(out, err).execute(args);
	}

}
