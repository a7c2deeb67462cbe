package org.plangraph.audit;

import java.io.IOException;
import java.io.Writer;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The audit as JSON, the records' own shape, for tools. */
final class JsonReport implements ReportFormat.ReportWriter {

	private static final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Override
	public void write(AuditReport report, Writer out) throws IOException {
		// As a string: the mapper would otherwise close the caller's writer (stdout).
		out.write(mapper.writeValueAsString(report));
		out.write('\n');
	}

}
