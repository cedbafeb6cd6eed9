package org.locus.engine;

import java.util.List;

/**
 * A rule as its author wrote it: name, where it stands, and its metadata ({@code @description}, {@code @section},
 * {@code @cites}). {@code source} is the rule's text, from {@code rule} to {@code end}.
 */
public record RuleInfo(String name, String file, int line, String description, String section, List<String> cites,
                       String source) {
}
