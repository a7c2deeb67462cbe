package org.plangraph.document;

import java.util.List;

/**
 * What a plan says about itself.
 *
 * @param title the document's own title, without the covering notice
 * @param docNumber the issuing number such as 杨府发〔2021〕5号, or {@code null}
 * @param kind plan, scheme, reply, report or other
 * @param issuedOn ISO date (yyyy-MM-dd) of issue, or {@code null}
 * @param period years the document covers, such as {@code 2021-2025}, or {@code null}
 * @param issuers names of the issuing bodies as written, in order
 */
public record DocumentMetadata(String title, String docNumber, DocumentKind kind, String issuedOn, String period,
		List<String> issuers) {
}
