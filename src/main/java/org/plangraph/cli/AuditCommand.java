package org.plangraph.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.plangraph.audit.AuditReport;
import org.plangraph.audit.Auditor;
import org.plangraph.audit.ReportFormat;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code plangraph audit [--format md|csv|json] [--document ID] [--output FILE]}. */
@Command(name = "audit", mixinStandardHelpOptions = true,
		description = { "Responsibility chains of every task and the accountability gaps, each row quoting the "
				+ "sentence it rests on.",
				"Gaps: tasks with no named agency, targets no task advances, goals without targets, platforms "
						+ "without operators, zones with nothing located in them, agencies outside any reporting line." })
class AuditCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	GraphOptions graph;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
			converter = FormatConverter.class,
			description = "md (default, readable), csv (one long table) or json.")
	ReportFormat format;

	@Option(names = "--document", paramLabel = "ID", description = "Audit one document (its id, e.g. doc:000_x).")
	String document;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
	Path output;

	@Override
	public Integer call() throws Exception {
		try (ConfigurableApplicationContext context = SpringContexts.batch(this.graph.properties(this.springArguments))) {
			AuditReport report = context.getBean(Auditor.class).audit(this.document);
			if (this.document != null && report.summary().isEmpty()) {
				this.spec.commandLine().getErr().println("no document with id " + this.document);
				return 1;
			}
			if (this.output == null) {
				PrintWriter out = this.spec.commandLine().getOut();
				this.format.write(report, out);
				out.flush();
			}
			else {
				try (Writer out = Files.newBufferedWriter(this.output, StandardCharsets.UTF_8)) {
					this.format.write(report, out);
				}
				this.spec.commandLine().getErr().printf("audit of %d document(s) written to %s%n",
						report.summary().size(), this.output);
			}
			return 0;
		}
	}

	static class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {

		@Override
		public ReportFormat convert(String value) {
			try {
				return ReportFormat.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new picocli.CommandLine.TypeConversionException(
						"'" + value + "' is not a format: use md, csv or json");
			}
		}

	}

}
