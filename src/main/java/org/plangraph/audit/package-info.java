/**
 * Audit: who answers for each task and where accountability is missing. Reads the graph only (Cypher under
 * {@code cypher/audit/}): for every task its responsibility chain (the agencies the text names, else the issuer that
 * inherits it, then the reporting line up to the top), and the gap lists auditors ask for (tasks nobody is named
 * for, targets no task advances, goals without targets, platforms without operators, zones with nothing in them,
 * agencies outside any reporting line). Every row carries the document, section code and quoted sentence it rests
 * on, and renders as Markdown, CSV or JSON.
 */
package org.plangraph.audit;
