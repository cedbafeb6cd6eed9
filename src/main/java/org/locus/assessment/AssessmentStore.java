package org.locus.assessment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where assessments are kept. Every call names the team it acts for, and an assessment of another team is treated as
 * absent: isolation is part of each query, not a check that a caller could forget. A change names the version it was
 * made on ({@code null}: whatever is current) and fails with {@link VersionConflictException} when that is no longer
 * the current one; each change adds one to the version and writes its history in the same transaction.
 */
public interface AssessmentStore {

    Assessment create(String team, AssessmentDetails details, Collection<RecordedAnswer> answers, Instant at, String by);

    Optional<Assessment> find(String team, UUID id);

    /**
     * The team's assessments, most recently changed first; {@code text} (may be empty) is looked for in name, region,
     * period and sector, ignoring case.
     */
    List<AssessmentSummary> list(String team, String text, boolean archived, int limit);

    /** @return the new version */
    long updateDetails(String team, UUID id, Long expectedVersion, AssessmentDetails details, Instant at, String by);

    /** @return the new version */
    long setArchived(String team, UUID id, Long expectedVersion, boolean archived, Instant at, String by);

    /**
     * Saves one answer with its note and source (an answer that is empty in all three is removed), recording what
     * changed in the history.
     *
     * @return the new version
     */
    long recordAnswer(String team, UUID id, Long expectedVersion, RecordedAnswer answer);

    /** Oldest first. */
    List<Change> history(String team, UUID id);

    Receipt saveReceipt(String team, Receipt receipt);

    /** Newest first, without their result documents' text being needed by the caller. */
    List<Receipt> receipts(String team, UUID id);

    Optional<Receipt> receipt(String team, UUID assessment, UUID receipt);

    /** Deletes the assessment with its answers, history and receipts; {@code false} when there was none. */
    boolean delete(String team, UUID id);
}
