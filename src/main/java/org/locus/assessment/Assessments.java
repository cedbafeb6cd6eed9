package org.locus.assessment;

import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What people do with saved assessments, over an {@link AssessmentStore}: create one (from scratch or from answers
 * already given: a library case, an uploaded file), save each answer as it is given, rename, duplicate, archive,
 * delete, read the history, keep the receipts of diagnoses. Every value is checked against the questionnaire of the
 * knowledge that answers now before it is kept, so that a saved assessment always diagnoses.
 */
public final class Assessments {

    /** How many rows one list shows at most: a page, not a dump. */
    public static final int MAX_LIST = 1000;

    private final AssessmentStore store;
    private final Supplier<AnswersReader> reader;
    private final Clock clock;

    public Assessments(AssessmentStore store, Supplier<AnswersReader> reader, Clock clock) {
        this.store = store;
        this.reader = reader;
        this.clock = clock;
    }

    public Assessment create(String team, AssessmentDetails details, Answers answers, String by) {
        List<RecordedAnswer> recorded = answers.facts().stream()
                .map(a -> new RecordedAnswer(a.getQuestion(), value(a), "", "", clock.instant(), by)).toList();
        return store.create(team, details, recorded, clock.instant(), by);
    }

    public Optional<Assessment> find(String team, UUID id) {
        return store.find(team, id);
    }

    public Assessment get(String team, UUID id) {
        return find(team, id).orElseThrow(() -> new NoSuchAssessmentException(id));
    }

    public List<AssessmentSummary> list(String team, String text, boolean archived, int limit) {
        return store.list(team, text, archived, Math.clamp(limit, 1, MAX_LIST));
    }

    /**
     * Saves one answer as given: {@code value} is what an answers document would hold for the question (JSON
     * {@code null} or {@code "unknown"} for don't-know), with its note and source.
     *
     * @return the new version
     * @throws InvalidAssessmentException when the question or the value is not one the questionnaire accepts
     */
    public long answer(String team, UUID id, Long expectedVersion, String question, JsonNode value, String note,
                       String source, String by) {
        Answer answer;
        try {
            answer = reader.get().answer(question, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidAssessmentException(e.getMessage());
        }
        return store.recordAnswer(team, id, expectedVersion,
                new RecordedAnswer(question, answer == null ? null : value(answer), note, source, clock.instant(), by));
    }

    public long updateDetails(String team, UUID id, Long expectedVersion, AssessmentDetails details, String by) {
        return store.updateDetails(team, id, expectedVersion, details, clock.instant(), by);
    }

    public long rename(String team, UUID id, Long expectedVersion, String name, String by) {
        return updateDetails(team, id, expectedVersion, get(team, id).details().withName(name), by);
    }

    public long archive(String team, UUID id, Long expectedVersion, boolean archived, String by) {
        return store.setArchived(team, id, expectedVersion, archived, clock.instant(), by);
    }

    /** A new assessment with the same details (named "… (copy)") and answers, notes and sources; no history. */
    public Assessment duplicate(String team, UUID id, String by) {
        Assessment original = get(team, id);
        String name = original.details().name();
        String copyName = (name.length() > AssessmentDetails.MAX_NAME - 7
                ? name.substring(0, AssessmentDetails.MAX_NAME - 7) : name) + " (copy)";
        AssessmentDetails details = new AssessmentDetails(copyName, original.details().region(),
                original.details().period(), original.details().sector());
        List<RecordedAnswer> answers = original.answers().values().stream()
                .map(a -> new RecordedAnswer(a.question(), a.value(), a.note(), a.source(), clock.instant(), by))
                .toList();
        return store.create(team, details, answers, clock.instant(), by);
    }

    public List<Change> history(String team, UUID id) {
        return store.history(team, id);
    }

    /** Keeps what a diagnosis showed: the answers document, the knowledge base's version and the result. */
    public Receipt keepReceipt(String team, UUID id, String knowledgeVersion, String answers, String result,
                               String by) {
        return store.saveReceipt(team, new Receipt(UUID.randomUUID(), id, clock.instant(), by, knowledgeVersion,
                answers, result));
    }

    public List<Receipt> receipts(String team, UUID id) {
        return store.receipts(team, id);
    }

    public Optional<Receipt> receipt(String team, UUID id, UUID receipt) {
        return store.receipt(team, id, receipt);
    }

    public void delete(String team, UUID id) {
        if (!store.delete(team, id)) {
            throw new NoSuchAssessmentException(id);
        }
    }

    /** An answer's value as an answers document writes it, as JSON text. */
    static String value(Answer answer) {
        Object value = answer.documentValue();
        return value instanceof String text ? Json.string(text) : String.valueOf(value);
    }
}
