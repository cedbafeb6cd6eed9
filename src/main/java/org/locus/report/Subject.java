package org.locus.report;

/**
 * The region a brief is about, as the adviser names it: the answers document itself carries no name.
 *
 * @param name   "Sinos Valley, Rio Grande do Sul, Brazil", or {@code null}
 * @param period "1990s", or {@code null}
 */
public record Subject(String name, String period) {

    /** Longer names would break the first page's title; an adviser's region name is a line, not a paragraph. */
    public static final int MAX_LENGTH = 200;

    public Subject {
        name = clean(name);
        period = clean(period);
    }

    public static Subject unnamed() {
        return new Subject(null, null);
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH - 1) + "…" : line;
    }

    /** "Sinos Valley, Rio Grande do Sul, Brazil (1990s)", or a placeholder that says the region was not named. */
    public String title() {
        String place = name == null ? "A region not named" : name;
        return period == null ? place : place + " (" + period + ")";
    }
}
