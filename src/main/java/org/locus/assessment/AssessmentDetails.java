package org.locus.assessment;

/**
 * What names an assessment: a title of its own and the region, period and sector it is about ("Castellón", "2026
 * Q1", "ceramic tiles"). Only the name is required; each part is trimmed and bounded so that a list page and the
 * database columns always hold it.
 */
public record AssessmentDetails(String name, String region, String period, String sector) {

    public static final int MAX_NAME = 200;
    public static final int MAX_PART = 200;

    public AssessmentDetails {
        name = bounded("name", name, MAX_NAME);
        if (name.isEmpty()) {
            throw new InvalidAssessmentException("an assessment needs a name");
        }
        region = bounded("region", region, MAX_PART);
        period = bounded("period", period, MAX_PART);
        sector = bounded("sector", sector, MAX_PART);
    }

    public static AssessmentDetails named(String name) {
        return new AssessmentDetails(name, "", "", "");
    }

    public AssessmentDetails withName(String newName) {
        return new AssessmentDetails(newName, region, period, sector);
    }

    static String bounded(String what, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw new InvalidAssessmentException("the " + what + " is " + trimmed.length()
                    + " characters long; at most " + max + " are kept");
        }
        return trimmed;
    }
}
