package org.locus.engine;

import java.util.Arrays;
import java.util.List;

/**
 * Normalises rule metadata values. Drools hands them back as they stood in the source, quotes included
 * ({@code "\"Conclusions\""}) under the executable model: this is the one place that strips them.
 */
final class RuleMetadata {

    private RuleMetadata() {
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        while (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"))) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text.replace("\\\"", "\"");
    }

    /** Ids written as one value separated by commas: {@code @confirmedBy("who-designs, buyer-share-of-sales")}. */
    static List<String> ids(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A list written as one value separated by semicolons: {@code @cites("Porter 1995; Hirschenauer 2003")}. */
    static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
