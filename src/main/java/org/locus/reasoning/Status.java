package org.locus.reasoning;

/** How firmly a conclusion stands on the answers given. */
public enum Status {
    /** Every condition it rests on is answered, and answered so that it holds. */
    ESTABLISHED,
    /**
     * Its leading conditions hold, but a confirming answer is unknown, a fact it rests on is provisional, or it
     * concludes from missing information: more answers would confirm it or rule it out.
     */
    PROVISIONAL;

    private final String id = name().toLowerCase(java.util.Locale.ROOT);

    /** As the result document writes it. */
    public String id() {
        return id;
    }
}
