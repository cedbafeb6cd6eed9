package org.locus.assessment;

/** The schema's migrations in order, as the tests expect Flyway to have applied them. */
final class Migrations {

    static final String[] VERSIONS = {"1", "2", "3"};

    private Migrations() {
    }
}
