package org.locus.assessment;

import org.junit.jupiter.api.Test;
import org.locus.questionnaire.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With nothing configured but the data folder, the application keeps its assessments in an H2 file there, with the
 * schema its migrations made.
 */
@SpringBootTest
class EmbeddedDatabaseTest {

    private static final Path DATA = folder();

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("locus.data-dir", DATA::toString);
    }

    @Autowired
    Assessments assessments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsAssessmentsInAnH2FileInTheDataFolderWithTheMigratedSchema() {
        Assessment saved = assessments.create("team", AssessmentDetails.named("Castellón"), Answers.none(), "ana");

        assertThat(DATA.resolve("locus.mv.db")).isRegularFile();
        assertThat(jdbc.sql("select \"version\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null order by \"installed_rank\"")
                .query(String.class).list()).containsExactly(Migrations.VERSIONS);
        assertThat(assessments.get("team", saved.id()).details().name()).isEqualTo("Castellón");
    }

    private static Path folder() {
        try {
            return Files.createDirectories(Path.of("target")).resolve(Files.createTempDirectory(Path.of("target"),
                    "embedded-db-").getFileName()).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
