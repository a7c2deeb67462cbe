/**
 * Reading plan files: bytes to text (UTF-8 with or without BOM, GB18030/GBK detected, CRLF normalised), rejection of
 * empty, binary, oversized or undecodable files with the file name, line and reason, the document's metadata
 * (title, document number, kind, date, period, issuers) and its outline tree (一、 / （一） / 1. / （1） / ① and more),
 * each section with its code path, heading, own text and character offsets. Pure Java, no Neo4j.
 */
package org.plangraph.document;
