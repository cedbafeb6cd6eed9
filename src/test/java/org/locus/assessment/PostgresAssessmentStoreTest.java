package org.locus.assessment;

/**
 * The store's contract on PostgreSQL ({@link LocalPostgres}: skipped with the reason where no server is installed,
 * failed instead when {@code LOCUS_REQUIRE_POSTGRES=true}).
 */
class PostgresAssessmentStoreTest extends AssessmentStoreContract {

    @Override
    String emptyDatabase() {
        return LocalPostgres.require().newDatabase();
    }
}
