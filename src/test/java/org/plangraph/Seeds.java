package org.plangraph;

import java.nio.file.Path;
import java.util.List;

/** The five seed plans in {@code import/plans/}. */
public final class Seeds {

	public static final Path DIR = Path.of("import/plans");

	public static final String INDUSTRY_PLAN = "000_9215d3667aee8512.txt";

	public static final String INNOVATION_PLAN = "001_a5779c3ddd0e5604.txt";

	public static final String INNOVATION_ZONE_SCHEME = "002_49859cdc74a7f20e.txt";

	public static final String DEPUTY_REPLY = "003_260d9b15293244e4.txt";

	public static final String DISTRICT_REPORT = "004_7979a0c2898ec7f3.txt";

	public static final List<String> ALL = List.of(INDUSTRY_PLAN, INNOVATION_PLAN, INNOVATION_ZONE_SCHEME,
			DEPUTY_REPLY, DISTRICT_REPORT);

	private Seeds() {
	}

	public static Path path(String file) {
		return DIR.resolve(file);
	}

}
