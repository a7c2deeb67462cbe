/**
 * Neo4j Browser for analysts, served by plangraph itself: the static files of the {@code neo4j-browser} jar under
 * {@code /browser/}, the discovery answer Browser asks the site root for, a redirect that connects without typing, a
 * Content-Security-Policy that keeps Browser off outside hosts, and the client settings (post-connect style and guide,
 * content allowlist, telemetry off) handed to the embedded server once the HTTP port is known. The style
 * ({@code static/styles/plangraph.grass}) and the guide ({@code static/guides/plangraph.html}) are plain files.
 */
package org.plangraph.browser;
