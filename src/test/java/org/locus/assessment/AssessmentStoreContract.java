package org.locus.assessment;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.questionnaire.AnswersReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the assessment store promises, run on each database Locus supports ({@link H2AssessmentStoreTest}, {@link
 * PostgresAssessmentStoreTest}) on a schema made by the application's own Flyway migrations.
 */
abstract class AssessmentStoreContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String TEAM = "east-agency";
    static final String OTHER_TEAM = "west-agency";

    Assessments assessments;
    AssessmentStore store;
    JdbcClient jdbc;

    /** A JDBC URL of an empty database. */
    abstract String emptyDatabase();

    DataSource dataSource(String url) {
        try {
            return new SimpleDriverDataSource(DriverManager.getDriver(url), url, "locus", "");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void migrate() {
        DataSource dataSource = dataSource(emptyDatabase());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        store = new JdbcAssessmentStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        AnswersReader reader = new AnswersReader(TestRuleBase.get().questionnaire());
        assessments = new Assessments(store, () -> reader, Clock.systemUTC());
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    Assessment create(String team, String name) {
        return assessments.create(team, new AssessmentDetails(name, "Castellón", "2026 Q1", "ceramic tiles"),
                org.locus.questionnaire.Answers.none(), "ana");
    }

    @Test
    void createsAndReadsBackAnAssessmentWithItsDetails() {
        Assessment created = create(TEAM, "Castellón tiles");

        Assessment read = assessments.get(TEAM, created.id());
        assertThat(read.details()).isEqualTo(new AssessmentDetails("Castellón tiles", "Castellón", "2026 Q1",
                "ceramic tiles"));
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.createdBy()).isEqualTo("ana");
        assertThat(read.answers()).isEmpty();
        assertThat(read.archived()).isFalse();
    }

    @Test
    void keepsEachAnswerWithItsNoteAndSourceAndCountsVersions() {
        Assessment a = create(TEAM, "Castellón tiles");

        long v2 = assessments.answer(TEAM, a.id(), 1L, "strategic-plan", json("true"), "the plan of 2024",
                "LED office interview, March 2026", "ana");
        long v3 = assessments.answer(TEAM, a.id(), v2, "led-rationale", json("\"both\""), "", "", "ana");
        long v4 = assessments.answer(TEAM, a.id(), v3, "plan-implementation", json("3.0"), "", "", "ben");

        Assessment read = assessments.get(TEAM, a.id());
        assertThat(v4).isEqualTo(4);
        assertThat(read.version()).isEqualTo(4);
        assertThat(read.answers().get("strategic-plan").value()).isEqualTo("true");
        assertThat(read.answers().get("strategic-plan").note()).isEqualTo("the plan of 2024");
        assertThat(read.answers().get("strategic-plan").source()).isEqualTo("LED office interview, March 2026");
        assertThat(read.answers().get("led-rationale").value()).isEqualTo("\"both\"");
        assertThat(read.answers().get("plan-implementation").value()).isEqualTo("3");
        assertThat(read.answers().get("plan-implementation").by()).isEqualTo("ben");
        assertThat(read.answersDocument())
                .isEqualTo("{\"answers\": {\"led-rationale\": \"both\", \"plan-implementation\": 3, \"strategic-plan\": true}}");
        // the document diagnoses as it is
        new AnswersReader(TestRuleBase.get().questionnaire()).read(read.answersDocument());
    }

    @Test
    void refusesAValueTheQuestionnaireDoesNotAcceptAndKeepsNothing() {
        Assessment a = create(TEAM, "Castellón tiles");

        assertThatThrownBy(() -> assessments.answer(TEAM, a.id(), null, "strategic-plan", json("7"), "", "", "ana"))
                .isInstanceOf(InvalidAssessmentException.class).hasMessageContaining("expected true, false");
        assertThatThrownBy(() -> assessments.answer(TEAM, a.id(), null, "no-such-question", json("true"), "", "", "ana"))
                .isInstanceOf(InvalidAssessmentException.class).hasMessageContaining("unknown question");

        assertThat(assessments.get(TEAM, a.id()).version()).isEqualTo(1);
        assertThat(assessments.history(TEAM, a.id())).isEmpty();
    }

    @Test
    void dontKnowRemovesTheValueButKeepsANote() {
        Assessment a = create(TEAM, "Castellón tiles");
        assessments.answer(TEAM, a.id(), null, "strategic-plan", json("true"), "", "", "ana");

        assessments.answer(TEAM, a.id(), null, "strategic-plan", json("\"unknown\""), "nobody knew", "", "ana");
        assertThat(assessments.get(TEAM, a.id()).answers().get("strategic-plan").value()).isNull();
        assertThat(assessments.get(TEAM, a.id()).answersDocument()).isEqualTo("{\"answers\": {}}");

        assessments.answer(TEAM, a.id(), null, "strategic-plan", json("null"), "", "", "ana");
        assertThat(assessments.get(TEAM, a.id()).answers()).doesNotContainKey("strategic-plan");
    }

    @Test
    void historyKeepsWhoWhenOldAndNewOfEveryChange() {
        Assessment a = create(TEAM, "Castellón tiles");
        Instant before = Instant.now().minusSeconds(1);
        assessments.answer(TEAM, a.id(), null, "strategic-plan", json("true"), "", "interview", "ana");
        assessments.answer(TEAM, a.id(), null, "strategic-plan", json("false"), "", "interview", "ben");
        assessments.rename(TEAM, a.id(), null, "Castellón tiles, spring", "ben");

        List<Change> history = assessments.history(TEAM, a.id());

        assertThat(history).extracting(Change::by, Change::field, Change::question, Change::oldValue, Change::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ana", "answer", "strategic-plan", null, "true"),
                        org.assertj.core.groups.Tuple.tuple("ana", "source", "strategic-plan", null, "interview"),
                        org.assertj.core.groups.Tuple.tuple("ben", "answer", "strategic-plan", "true", "false"),
                        org.assertj.core.groups.Tuple.tuple("ben", "name", null, "Castellón tiles",
                                "Castellón tiles, spring"));
        assertThat(history).allSatisfy(c -> assertThat(c.at()).isAfter(before).isBefore(Instant.now().plusSeconds(1)));
    }

    @Test
    void aChangeOnAnOutdatedVersionIsRefusedAndWritesNothing() {
        Assessment a = create(TEAM, "Castellón tiles");
        assessments.answer(TEAM, a.id(), 1L, "strategic-plan", json("true"), "", "", "ana");

        assertThatThrownBy(() -> assessments.answer(TEAM, a.id(), 1L, "strategic-plan", json("false"), "", "", "ben"))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.current()).isEqualTo(2);
                });
        assertThat(assessments.get(TEAM, a.id()).answers().get("strategic-plan").value()).isEqualTo("true");
        assertThat(assessments.history(TEAM, a.id())).hasSize(1);
    }

    @Test
    void concurrentChangesOnOneVersionLetExactlyOneThrough() throws Exception {
        Assessment a = create(TEAM, "Castellón tiles");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String value = String.valueOf(i % 2 == 0);
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    assessments.answer(TEAM, a.id(), 1L, "strategic-plan", json(value), "", "", "ana");
                    return true;
                } catch (VersionConflictException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> outcome : outcomes) {
            won += outcome.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(assessments.get(TEAM, a.id()).version()).isEqualTo(2);
    }

    @Test
    void concurrentChangesWithoutAVersionAllLand() throws Exception {
        Assessment a = create(TEAM, "Castellón tiles");
        String[] questions = {"strategic-plan", "firms-stake-in-led", "led-rationale", "plan-implementation"};
        String[] values = {"true", "false", "\"both\"", "2"};
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> outcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            outcomes.add(pool.submit(() -> assessments.answer(TEAM, a.id(), null, questions[n], json(values[n]), "",
                    "", "ana")));
        }
        for (Future<Long> outcome : outcomes) {
            outcome.get();
        }
        pool.shutdown();
        Assessment read = assessments.get(TEAM, a.id());
        assertThat(read.version()).isEqualTo(5);
        assertThat(read.answers()).hasSize(4);
    }

    @Test
    void anotherTeamSeesNothingAndChangesNothing() {
        Assessment a = create(TEAM, "Castellón tiles");
        UUID id = a.id();

        assertThat(assessments.find(OTHER_TEAM, id)).isEmpty();
        assertThat(assessments.list(OTHER_TEAM, "", false, 100)).isEmpty();
        assertThatThrownBy(() -> assessments.answer(OTHER_TEAM, id, null, "strategic-plan", json("true"), "", "", "x"))
                .isInstanceOf(NoSuchAssessmentException.class);
        assertThatThrownBy(() -> assessments.rename(OTHER_TEAM, id, null, "mine", "x"))
                .isInstanceOf(NoSuchAssessmentException.class);
        assertThatThrownBy(() -> assessments.archive(OTHER_TEAM, id, null, true, "x"))
                .isInstanceOf(NoSuchAssessmentException.class);
        assertThatThrownBy(() -> assessments.history(OTHER_TEAM, id)).isInstanceOf(NoSuchAssessmentException.class);
        assertThatThrownBy(() -> assessments.receipts(OTHER_TEAM, id)).isInstanceOf(NoSuchAssessmentException.class);
        assertThatThrownBy(() -> assessments.keepReceipt(OTHER_TEAM, id, "v", "{}", "{}", "x"))
                .isInstanceOf(NoSuchAssessmentException.class);
        assertThatThrownBy(() -> assessments.duplicate(OTHER_TEAM, id, "x")).isInstanceOf(NoSuchAssessmentException.class);
        assertThatThrownBy(() -> assessments.delete(OTHER_TEAM, id)).isInstanceOf(NoSuchAssessmentException.class);

        Assessment still = assessments.get(TEAM, id);
        assertThat(still.version()).isEqualTo(1);
        assertThat(still.details().name()).isEqualTo("Castellón tiles");
    }

    @Test
    void listsFindsByTextNewestFirstAndKeepsArchivedApart() {
        Assessment tiles = create(TEAM, "Castellón tiles");
        Assessment shoes = assessments.create(TEAM, new AssessmentDetails("Sinos shoes", "Vale dos Sinos", "2025",
                "footwear"), org.locus.questionnaire.Answers.none(), "ana");
        Assessment wine = create(TEAM, "100% wine_region");
        create(OTHER_TEAM, "Castellón elsewhere");
        assessments.answer(TEAM, tiles.id(), null, "strategic-plan", json("true"), "", "", "ana");
        assessments.archive(TEAM, wine.id(), null, true, "ana");

        assertThat(assessments.list(TEAM, "", false, 100)).extracting(s -> s.details().name())
                .containsExactly("Castellón tiles", "Sinos shoes");
        assertThat(assessments.list(TEAM, "FOOTWEAR", false, 100)).extracting(AssessmentSummary::id)
                .containsExactly(shoes.id());
        assertThat(assessments.list(TEAM, "castellón", false, 100)).extracting(AssessmentSummary::answered)
                .containsExactly(1);
        assertThat(assessments.list(TEAM, "", true, 100)).extracting(AssessmentSummary::id).containsExactly(wine.id());
        // the wildcards of SQL are text like any other
        assertThat(assessments.list(TEAM, "%", false, 100)).isEmpty();
        assertThat(assessments.list(TEAM, "_", false, 100)).isEmpty();
        assertThat(assessments.list(TEAM, "100%", true, 100)).hasSize(1);
        assertThat(assessments.list(TEAM, "", false, 1)).hasSize(1);
    }

    @Test
    void duplicatesDetailsAnswersNotesAndSourcesButNotHistory() {
        Assessment a = create(TEAM, "Castellón tiles");
        assessments.answer(TEAM, a.id(), null, "strategic-plan", json("true"), "plan of 2024", "interview", "ana");

        Assessment copy = assessments.duplicate(TEAM, a.id(), "ben");

        assertThat(copy.id()).isNotEqualTo(a.id());
        assertThat(copy.details().name()).isEqualTo("Castellón tiles (copy)");
        assertThat(copy.answers().get("strategic-plan")).satisfies(r -> {
            assertThat(r.value()).isEqualTo("true");
            assertThat(r.note()).isEqualTo("plan of 2024");
            assertThat(r.source()).isEqualTo("interview");
        });
        assertThat(assessments.history(TEAM, copy.id())).isEmpty();
    }

    @Test
    void createsFromAnswersAlreadyGiven() {
        var answers = new AnswersReader(TestRuleBase.get().questionnaire())
                .read("{\"answers\": {\"strategic-plan\": false, \"led-rationale\": \"neither\"}}");

        Assessment a = assessments.create(TEAM, AssessmentDetails.named("From a file"), answers, "ana");

        assertThat(assessments.get(TEAM, a.id()).answersDocument())
                .isEqualTo("{\"answers\": {\"led-rationale\": \"neither\", \"strategic-plan\": false}}");
    }

    @Test
    void keepsReceiptsExactlyAsShown() {
        Assessment a = create(TEAM, "Castellón tiles");
        String result = "{\"recommendations\": [\"x\"], \"text\": \"" + "é".repeat(300_000) + "\"}";

        Receipt kept = assessments.keepReceipt(TEAM, a.id(), "kb-sha-1234", a.answersDocument(), result, "ana");

        assertThat(assessments.receipt(TEAM, a.id(), kept.id())).get().satisfies(r -> {
            assertThat(r.result()).isEqualTo(result);
            assertThat(r.answers()).isEqualTo("{\"answers\": {}}");
            assertThat(r.knowledgeVersion()).isEqualTo("kb-sha-1234");
            assertThat(r.by()).isEqualTo("ana");
        });
        assertThat(assessments.receipts(TEAM, a.id())).extracting(Receipt::id).containsExactly(kept.id());
        assertThatThrownBy(() -> assessments.receipt(OTHER_TEAM, a.id(), kept.id()))
                .isInstanceOf(NoSuchAssessmentException.class);
    }

    @Test
    void deletingAnAssessmentDeletesItsAnswersHistoryAndReceipts() {
        Assessment a = create(TEAM, "Castellón tiles");
        assessments.answer(TEAM, a.id(), null, "strategic-plan", json("true"), "", "", "ana");
        assessments.keepReceipt(TEAM, a.id(), "v", "{}", "{}", "ana");

        assessments.delete(TEAM, a.id());

        assertThat(assessments.find(TEAM, a.id())).isEmpty();
        for (String table : List.of("assessment_answer", "assessment_change", "diagnosis_receipt")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where assessment_id = ?").param(a.id())
                    .query(Integer.class).single()).as(table).isZero();
        }
        assertThatThrownBy(() -> assessments.delete(TEAM, a.id())).isInstanceOf(NoSuchAssessmentException.class);
    }

    @Test
    void refusesDetailsThatDoNotFit() {
        assertThatThrownBy(() -> AssessmentDetails.named("  ")).isInstanceOf(InvalidAssessmentException.class)
                .hasMessage("an assessment needs a name");
        assertThatThrownBy(() -> AssessmentDetails.named("x".repeat(201)))
                .hasMessage("the name is 201 characters long; at most 200 are kept");
        Assessment a = create(TEAM, "Castellón tiles");
        assertThatThrownBy(() -> assessments.answer(TEAM, a.id(), null, "strategic-plan", json("true"), "n".repeat(2001),
                "", "ana")).isInstanceOf(InvalidAssessmentException.class);
    }

    @Test
    void migratesFromThePreviousSchemaKeepingWhatWasSaved() {
        DataSource dataSource = dataSource(emptyDatabase());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("1").load().migrate();
        JdbcAssessmentStore old = new JdbcAssessmentStore(JdbcClient.create(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        Assessment saved = old.create(TEAM, AssessmentDetails.named("Before accounts"), List.of(
                new RecordedAnswer("strategic-plan", "true", "note", "source", Instant.now(), "ana")),
                Instant.now(), "ana");

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(JdbcClient.create(dataSource).sql("select \"version\" from \"flyway_schema_history\" "
                + "where \"version\" is not null order by \"installed_rank\"").query(String.class).list()).containsExactly(Migrations.VERSIONS);
        assertThat(old.find(TEAM, saved.id())).get().satisfies(a -> {
            assertThat(a.details().name()).isEqualTo("Before accounts");
            assertThat(a.answers().get("strategic-plan").note()).isEqualTo("note");
        });
    }
}
