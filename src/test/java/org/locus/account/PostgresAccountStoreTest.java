package org.locus.account;

import org.locus.assessment.LocalPostgres;

/** On PostgreSQL: skipped with the reason without a server, failed instead when LOCUS_REQUIRE_POSTGRES=true. */
class PostgresAccountStoreTest extends AccountStoreContract {

    @Override
    String emptyDatabase() {
        return LocalPostgres.require().newDatabase();
    }
}
