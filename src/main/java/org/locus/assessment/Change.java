package org.locus.assessment;

import java.time.Instant;

/**
 * One entry of an assessment's history: who changed what, when, from what to what. {@code field} is {@code answer},
 * {@code note} or {@code source} (with the question) or one of the details ({@code name}, {@code region},
 * {@code period}, {@code sector}, {@code archived}); a value that was or became empty (don't-know, for an answer) is
 * {@code null}.
 */
public record Change(long sequence, Instant at, String by, String field, String question, String oldValue,
                     String newValue) {
}
