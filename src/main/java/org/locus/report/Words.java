package org.locus.report;

import java.util.Locale;

/** Small helpers for putting catalogue titles inside sentences. */
final class Words {

    private Words() {
    }

    /**
     * "Growth is slow" becomes "growth is slow" inside a sentence, but "LED opens a window" stays as it is: a first
     * word with another capital letter is an abbreviation ("LED", "SMEs").
     */
    static String lowerFirst(String title) {
        if (title == null || title.isEmpty()) {
            return title;
        }
        int end = title.indexOf(' ');
        String first = end < 0 ? title : title.substring(0, end);
        boolean keep = first.length() > 1 && first.substring(1).chars().anyMatch(Character::isUpperCase);
        return keep ? title : title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1);
    }

    static String upperFirst(String text) {
        return text == null || text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
