/**
 * Saved assessments: a named assessment of one region (region, period, sector) with the answers given so far, each
 * with an optional note and source; every change kept (who, when, old and new); and the receipts of the diagnoses
 * shown from it (the answers and the knowledge-base version they came from), so that a result can be shown again
 * exactly.
 *
 * <p>The records and {@link org.locus.assessment.Assessments} are plain Java; {@link
 * org.locus.assessment.AssessmentStore} is the port to the database, and {@link
 * org.locus.assessment.JdbcAssessmentStore} its one implementation, on Spring's JDBC support (H2 or PostgreSQL, the
 * schema from the Flyway migrations in {@code db/migration}).
 */
package org.locus.assessment;
