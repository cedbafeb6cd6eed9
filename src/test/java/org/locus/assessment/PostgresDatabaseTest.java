package org.locus.assessment;

import org.junit.jupiter.api.Test;
import org.locus.questionnaire.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on PostgreSQL through nothing but the standard {@code spring.datasource.*} properties: Flyway
 * makes the schema on an empty database and the assessments live there ({@link LocalPostgres}: skipped with the
 * reason without a server, failed instead when {@code LOCUS_REQUIRE_POSTGRES=true}).
 */
@SpringBootTest
class PostgresDatabaseTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> LocalPostgres.require().newDatabase());
        registry.add("spring.datasource.username", () -> LocalPostgres.USER);
        registry.add("spring.datasource.password", () -> "");
    }

    @Autowired
    Assessments assessments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsAssessmentsInPostgresqlWithTheMigratedSchema() {
        Assessment saved = assessments.create("team", AssessmentDetails.named("Castellón"), Answers.none(), "ana");

        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("select \"version\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null order by \"installed_rank\"")
                .query(String.class).list()).containsExactly(Migrations.VERSIONS);
        assertThat(assessments.get("team", saved.id()).details().name()).isEqualTo("Castellón");
    }
}
