/**
 * The command line ({@code serve}, {@code load}, {@code export}, {@code audit}), parsed with picocli before any Spring
 * context exists, so {@code --help} and {@code --version} answer at once and each command starts only what it needs.
 * Options of the form {@code --some.property=value} pass through to Spring.
 */
package org.plangraph.cli;
