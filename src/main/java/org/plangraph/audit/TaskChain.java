package org.plangraph.audit;

import java.util.List;

/** A task and who answers for it, from the named agencies up to the top of their reporting line. */
public record TaskChain(String taskId, String code, String title, Citation citation, List<ChainLink> links) {

	/** Whether the text names an agency for the task, rather than the issuer inheriting it. */
	public boolean named() {
		return this.links.stream().anyMatch(link -> link.stage() == ChainLink.Stage.DIRECT);
	}

	/** The agencies at the top of the chain: those the last reporting line reaches. */
	public List<ChainLink> top() {
		int deepest = this.links.stream().mapToInt(ChainLink::depth).max().orElse(0);
		return this.links.stream().filter(link -> link.depth() == deepest).toList();
	}

}
