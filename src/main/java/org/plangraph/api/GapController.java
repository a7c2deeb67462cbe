package org.plangraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.neo4j.driver.Record;
import org.plangraph.api.Model.Evidence;
import org.plangraph.audit.AuditReport;
import org.plangraph.audit.Auditor;
import org.plangraph.audit.Citation;
import org.plangraph.audit.GapKind;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** {@code accountabilityGaps}: the audit's gap lists over GraphQL, nodes resolved in one batch. */
@Controller
class GapController {

	private static final String NODES_LOADER = "gapNodes";

	private final Auditor auditor;

	private final GraphReads reads;

	private final Arguments arguments;

	GapController(Auditor auditor, GraphReads reads, Arguments arguments, BatchLoaderRegistry registry) {
		this.auditor = auditor;
		this.reads = reads;
		this.arguments = arguments;
		registry.<String, Object>forName(NODES_LOADER)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> nodes(ids)));
	}

	record AccountabilityGaps(List<Gap> tasksWithoutNamedAgency, List<Gap> targetsWithoutTask,
			List<Gap> goalsWithoutTarget, List<Gap> platformsWithoutOperator, List<Gap> zonesWithoutActors,
			List<Gap> agenciesWithoutReportingLine) {
	}

	record Gap(String nodeId, String text, String reason, String sectionCode, Evidence evidence) {
	}

	@QueryMapping
	AccountabilityGaps accountabilityGaps(@Argument String document) {
		String doc = this.arguments.id("document", document);
		AuditReport report = this.auditor.audit(doc);
		if (doc != null && report.summary().isEmpty()) {
			throw ApiException.notFound("No document with id " + doc);
		}
		return new AccountabilityGaps(gaps(report, GapKind.TASK_WITHOUT_NAMED_AGENCY),
				gaps(report, GapKind.TARGET_WITHOUT_TASK), gaps(report, GapKind.GOAL_WITHOUT_TARGET),
				gaps(report, GapKind.PLATFORM_WITHOUT_OPERATOR), gaps(report, GapKind.ZONE_WITHOUT_ACTORS),
				gaps(report, GapKind.AGENCY_WITHOUT_REPORTING_LINE));
	}

	@SchemaMapping(typeName = "Gap", field = "node")
	CompletableFuture<Object> node(Gap gap, DataLoader<String, Object> gapNodes) {
		return gapNodes.load(gap.nodeId());
	}

	private static List<Gap> gaps(AuditReport report, GapKind kind) {
		return report.gaps().getOrDefault(kind, List.of()).stream().map(gap -> {
			Citation c = gap.citation();
			Evidence evidence = c.quote() == null || c.start() == null || c.end() == null ? null
					: new Evidence(c.documentId(), c.quote(), c.start(), c.end());
			return new Gap(gap.nodeId(), gap.text(), gap.reason(), c.sectionCode(), evidence);
		}).toList();
	}

	private Map<String, Object> nodes(Set<String> ids) {
		Map<String, Object> result = new HashMap<>();
		for (Record r : this.reads.read("gap-nodes", Map.of("ids", List.copyOf(ids)))) {
			Object node = Nodes.node(r.get("node"));
			if (node != null) {
				result.put(r.get("id").asString(), node);
			}
		}
		return result;
	}

}
