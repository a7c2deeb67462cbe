package org.plangraph.audit;

import java.io.IOException;
import java.io.Writer;

/** The formats {@code plangraph audit --format} writes. */
public enum ReportFormat {

	MD(new MarkdownReport()), CSV(new CsvReport()), JSON(new JsonReport());

	private final ReportWriter writer;

	ReportFormat(ReportWriter writer) {
		this.writer = writer;
	}

	public void write(AuditReport report, Writer out) throws IOException {
		this.writer.write(report, out);
	}

	interface ReportWriter {

		void write(AuditReport report, Writer out) throws IOException;

	}

}
