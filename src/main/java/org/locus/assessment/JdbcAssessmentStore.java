package org.locus.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The assessments in a relational database, in plain SQL that H2 and PostgreSQL both run (the schema is Flyway's,
 * {@code db/migration}). A change first bumps the assessment's version with a conditional update: that both checks
 * the version the caller saw and locks the row, so concurrent changes to one assessment queue up instead of
 * overwriting each other, on one instance or several.
 */
public final class JdbcAssessmentStore implements AssessmentStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public JdbcAssessmentStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Assessment create(String team, AssessmentDetails details, Collection<RecordedAnswer> answers, Instant at,
                             String by) {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into assessment (id, team, name, region, period, sector, archived, version, created_at,
                        created_by, updated_at)
                    values (?, ?, ?, ?, ?, ?, false, 1, ?, ?, ?)""")
                    .params(id, team, details.name(), details.region(), details.period(), details.sector(), time(at),
                            by, time(at))
                    .update();
            for (RecordedAnswer answer : answers) {
                if (!answer.isEmpty()) {
                    insertAnswer(id, answer);
                }
            }
        });
        return find(team, id).orElseThrow();
    }

    @Override
    public Optional<Assessment> find(String team, UUID id) {
        return transactions.execute(status -> jdbc.sql("select a.*, 0 as answered from assessment a where id = ? and team = ?")
                .params(id, team).query((rs, n) -> new Header(summary(rs, n), instant(rs, "created_at"),
                        rs.getString("created_by"))).optional()
                .map(header -> {
                    Map<String, RecordedAnswer> answers = new LinkedHashMap<>();
                    jdbc.sql("select * from assessment_answer where assessment_id = ? order by question_id").param(id)
                            .query(JdbcAssessmentStore::answer).list().forEach(a -> answers.put(a.question(), a));
                    AssessmentSummary s = header.summary();
                    return new Assessment(s.id(), s.team(), s.details(), s.archived(), s.version(), header.created(),
                            header.createdBy(), s.updated(), answers);
                }));
    }

    private record Header(AssessmentSummary summary, Instant created, String createdBy) {
    }

    @Override
    public List<AssessmentSummary> list(String team, String text, boolean archived, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT))
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        select a.*, (select count(*) from assessment_answer w
                                     where w.assessment_id = a.id and w.answer_value is not null) as answered
                        from assessment a
                        where a.team = ? and a.archived = ?
                          and (lower(a.name) like ? escape '\\' or lower(a.region) like ? escape '\\'
                               or lower(a.period) like ? escape '\\' or lower(a.sector) like ? escape '\\')
                        order by a.updated_at desc, a.id
                        fetch first ? rows only""")
                .params(team, archived, like, like, like, like, limit)
                .query(JdbcAssessmentStore::summary).list();
    }

    @Override
    public long updateDetails(String team, UUID id, Long expectedVersion, AssessmentDetails details, Instant at,
                              String by) {
        return change(team, id, expectedVersion, at, (old, version) -> {
            jdbc.sql("update assessment set name = ?, region = ?, period = ?, sector = ? where id = ?")
                    .params(details.name(), details.region(), details.period(), details.sector(), id).update();
            AssessmentDetails before = old.details();
            history(id, at, by, "name", null, before.name(), details.name());
            history(id, at, by, "region", null, before.region(), details.region());
            history(id, at, by, "period", null, before.period(), details.period());
            history(id, at, by, "sector", null, before.sector(), details.sector());
        });
    }

    @Override
    public long setArchived(String team, UUID id, Long expectedVersion, boolean archived, Instant at, String by) {
        return change(team, id, expectedVersion, at, (old, version) -> {
            jdbc.sql("update assessment set archived = ? where id = ?").params(archived, id).update();
            history(id, at, by, "archived", null, String.valueOf(old.archived()), String.valueOf(archived));
        });
    }

    @Override
    public long recordAnswer(String team, UUID id, Long expectedVersion, RecordedAnswer answer) {
        return change(team, id, expectedVersion, answer.at(), (old, version) -> {
            Optional<RecordedAnswer> before = jdbc.sql(
                            "select * from assessment_answer where assessment_id = ? and question_id = ?")
                    .params(id, answer.question()).query(JdbcAssessmentStore::answer).optional();
            if (before.isPresent()) {
                jdbc.sql("delete from assessment_answer where assessment_id = ? and question_id = ?")
                        .params(id, answer.question()).update();
            }
            if (!answer.isEmpty()) {
                insertAnswer(id, answer);
            }
            RecordedAnswer was = before.orElse(new RecordedAnswer(answer.question(), null, "", "", null, null));
            history(id, answer.at(), answer.by(), "answer", answer.question(), was.value(), answer.value());
            history(id, answer.at(), answer.by(), "note", answer.question(), was.note(), answer.note());
            history(id, answer.at(), answer.by(), "source", answer.question(), was.source(), answer.source());
        });
    }

    @Override
    public List<Change> history(String team, UUID id) {
        return transactions.execute(status -> {
            requireExists(team, id);
            return jdbc.sql("select * from assessment_change where assessment_id = ? order by sequence").param(id)
                    .query((rs, n) -> new Change(rs.getLong("sequence"), instant(rs, "changed_at"),
                            rs.getString("changed_by"), rs.getString("field_name"), rs.getString("question_id"),
                            rs.getString("old_value"), rs.getString("new_value")))
                    .list();
        });
    }

    @Override
    public Receipt saveReceipt(String team, Receipt receipt) {
        transactions.executeWithoutResult(status -> {
            requireExists(team, receipt.assessment());
            jdbc.sql("""
                    insert into diagnosis_receipt (id, assessment_id, created_at, created_by, knowledge_version,
                        answers, result)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(receipt.id(), receipt.assessment(), time(receipt.at()), receipt.by(),
                            receipt.knowledgeVersion(), receipt.answers(), receipt.result())
                    .update();
        });
        return receipt;
    }

    @Override
    public List<Receipt> receipts(String team, UUID id) {
        return transactions.execute(status -> {
            requireExists(team, id);
            return jdbc.sql("""
                            select id, assessment_id, created_at, created_by, knowledge_version, answers, '' as result
                            from diagnosis_receipt where assessment_id = ? order by created_at desc, id""")
                    .param(id).query(JdbcAssessmentStore::receipt).list();
        });
    }

    @Override
    public Optional<Receipt> receipt(String team, UUID assessment, UUID receipt) {
        return transactions.execute(status -> {
            requireExists(team, assessment);
            return jdbc.sql("select * from diagnosis_receipt where id = ? and assessment_id = ?")
                    .params(receipt, assessment).query(JdbcAssessmentStore::receipt).optional();
        });
    }

    @Override
    public boolean delete(String team, UUID id) {
        // the answers, history and receipts go with it (on delete cascade)
        return jdbc.sql("delete from assessment where id = ? and team = ?").params(id, team).update() > 0;
    }

    private interface Edit {
        void apply(AssessmentSummary old, long newVersion);
    }

    private long change(String team, UUID id, Long expectedVersion, Instant at, Edit edit) {
        Long version = transactions.execute(status -> {
            int updated = expectedVersion == null
                    ? jdbc.sql("update assessment set version = version + 1, updated_at = ? where id = ? and team = ?")
                    .params(time(at), id, team).update()
                    : jdbc.sql("""
                            update assessment set version = version + 1, updated_at = ?
                            where id = ? and team = ? and version = ?""")
                    .params(time(at), id, team, expectedVersion).update();
            AssessmentSummary now = jdbc.sql("select a.*, 0 as answered from assessment a where id = ? and team = ?")
                    .params(id, team).query(JdbcAssessmentStore::summary).optional()
                    .orElseThrow(() -> new NoSuchAssessmentException(id));
            if (updated == 0) {
                throw new VersionConflictException(expectedVersion, now.version());
            }
            edit.apply(now, now.version());
            return now.version();
        });
        return Objects.requireNonNull(version);
    }

    private void requireExists(String team, UUID id) {
        if (jdbc.sql("select count(*) from assessment where id = ? and team = ?").params(id, team)
                .query(Integer.class).single() == 0) {
            throw new NoSuchAssessmentException(id);
        }
    }

    private void insertAnswer(UUID id, RecordedAnswer answer) {
        jdbc.sql("""
                insert into assessment_answer (assessment_id, question_id, answer_value, note, source, updated_at,
                    updated_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, answer.question(), answer.value(), answer.note(), answer.source(), time(answer.at()),
                        answer.by())
                .update();
    }

    private void history(UUID id, Instant at, String by, String field, String question, String oldValue,
                         String newValue) {
        String before = emptyToNull(oldValue);
        String after = emptyToNull(newValue);
        if (Objects.equals(before, after)) {
            return;
        }
        jdbc.sql("""
                insert into assessment_change (assessment_id, changed_at, changed_by, field_name, question_id,
                    old_value, new_value)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, time(at), by, field, question, before, after).update();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static AssessmentSummary summary(ResultSet rs, int row) throws SQLException {
        return new AssessmentSummary(rs.getObject("id", UUID.class), rs.getString("team"),
                new AssessmentDetails(rs.getString("name"), rs.getString("region"), rs.getString("period"),
                        rs.getString("sector")),
                rs.getBoolean("archived"), rs.getLong("version"), instant(rs, "updated_at"), rs.getInt("answered"));
    }

    private static RecordedAnswer answer(ResultSet rs, int row) throws SQLException {
        return new RecordedAnswer(rs.getString("question_id"), rs.getString("answer_value"), rs.getString("note"),
                rs.getString("source"), instant(rs, "updated_at"), rs.getString("updated_by"));
    }

    private static Receipt receipt(ResultSet rs, int row) throws SQLException {
        return new Receipt(rs.getObject("id", UUID.class), rs.getObject("assessment_id", UUID.class),
                instant(rs, "created_at"), rs.getString("created_by"), rs.getString("knowledge_version"),
                rs.getString("answers"), rs.getString("result"));
    }

    private static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
