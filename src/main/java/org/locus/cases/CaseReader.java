package org.locus.cases;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.locus.knowledge.Catalogue;
import org.locus.knowledge.DataFile;
import org.locus.knowledge.KnowledgeBaseException;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.InvalidAnswersException;
import org.locus.rulebase.RuleBase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads one case file and checks it against the knowledge base: its answers must be valid, its expected ids must
 * exist in the catalogue, and its assumed answers must be answers it gives.
 *
 * <p>A case marked {@code "validation": true} comes from a published study, not from the chapter. It must cite that
 * study in full (a source with its year), and it may expect findings and recommendations the knowledge base does not
 * have: what its authors concluded is the yardstick, and a conclusion the rules cannot reach counts as a miss of the
 * rules rather than as a broken file. Its {@code pendingAnswers} note what the source says for questions the
 * questionnaire does not ask yet.
 */
public final class CaseReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A full citation carries its year; a chapter section name ("Upside of LED") does not. */
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");

    private final RuleBase ruleBase;
    private final AnswersReader answersReader;

    public CaseReader(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        this.answersReader = new AnswersReader(ruleBase.questionnaire());
    }

    public LibraryCase read(String fileName, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new KnowledgeBaseException(fileName + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new KnowledgeBaseException(fileName + ": expected a JSON object");
        }
        DataFile file = DataFile.parse(fileName, text);
        String id = file.requiredId(root, "id", "the case");
        boolean validation = validationMark(fileName, root.get("validation"));
        checkPendingAnswers(fileName, root.get("pendingAnswers"));
        Answers answers;
        try {
            answers = answersReader.read(root, "");
        } catch (InvalidAnswersException e) {
            throw new KnowledgeBaseException(fileName + ": " + e.getMessage());
        }
        JsonNode expectedNode = root.path("expected");
        LibraryCase.Expectations expected = new LibraryCase.Expectations(
                file.texts(expectedNode, "findings", "expected"),
                file.texts(expectedNode, "provisionalFindings", "expected"),
                file.texts(expectedNode, "absentFindings", "expected"),
                file.texts(expectedNode, "topRecommendations", "expected"));
        LibraryCase libraryCase = new LibraryCase(id, file.requiredText(root, "title", "the case"),
                file.requiredText(root, "place", "the case"), file.requiredText(root, "period", "the case"),
                file.requiredText(root, "sector", "the case"), file.requiredText(root, "summary", "the case"),
                file.texts(root, "sources", "the case"), file.texts(root, "assumed", "the case"), expected,
                file.requiredText(root, "teachingNotes", "the case"), answers, validation,
                validation ? notInCatalogue(expected) : List.of(), fileName);
        List<String> problems = problems(libraryCase, root);
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(fileName + ": " + String.join("; ", problems));
        }
        return libraryCase;
    }

    /** Absent means a teaching case; anything but a JSON boolean is an error, so "yes" or 1 cannot slip through. */
    private static boolean validationMark(String fileName, JsonNode mark) {
        if (mark == null) {
            return false;
        }
        if (!mark.isBoolean()) {
            throw new KnowledgeBaseException(fileName + ": 'validation' must be true or false, not " + mark);
        }
        return mark.booleanValue();
    }

    /** Notes on questions the questionnaire does not ask yet: question id to what the source says. */
    private static void checkPendingAnswers(String fileName, JsonNode notes) {
        if (notes == null) {
            return;
        }
        if (!notes.isObject()) {
            throw new KnowledgeBaseException(fileName + ": 'pendingAnswers' must map question ids to notes, not " + notes);
        }
        for (var entry : notes.properties()) {
            if (!DataFile.KEBAB_ID.matcher(entry.getKey()).matches()) {
                throw new KnowledgeBaseException(fileName + ": 'pendingAnswers': '" + entry.getKey()
                        + "' is not a question id (lower-case words joined by '-')");
            }
            if (!entry.getValue().isString() || entry.getValue().asString().isBlank()) {
                throw new KnowledgeBaseException(fileName + ": 'pendingAnswers': '" + entry.getKey()
                        + "' must be a note saying what the source reports");
            }
        }
    }

    private List<String> notInCatalogue(LibraryCase.Expectations expected) {
        Catalogue catalogue = ruleBase.catalogue();
        Set<String> unknown = new LinkedHashSet<>();
        Stream.of(expected.findings(), expected.provisionalFindings(), expected.absentFindings()).flatMap(List::stream)
                .filter(f -> catalogue.finding(f).isEmpty()).forEach(unknown::add);
        expected.topRecommendations().stream().filter(r -> catalogue.recommendation(r).isEmpty()).forEach(unknown::add);
        return List.copyOf(unknown);
    }

    private List<String> problems(LibraryCase c, JsonNode root) {
        List<String> problems = new ArrayList<>();
        Catalogue catalogue = ruleBase.catalogue();
        if (c.sources().isEmpty()) {
            problems.add("'sources' must name the chapter section and the works it rests on");
        }
        if (c.validation() && c.sources().stream().noneMatch(s -> YEAR.matcher(s).find())) {
            problems.add("a validation case must cite its published source in full (authors, year, title, journal "
                    + "or book); no source names a year");
        }
        for (String id : c.notInCatalogue()) {
            if (!DataFile.KEBAB_ID.matcher(id).matches()) {
                problems.add("expected id '" + id + "' is not kebab-case (lower-case words joined by '-')");
            }
        }
        if (c.expected().findings().isEmpty() && c.expected().absentFindings().isEmpty()) {
            problems.add("'expected' names no findings, so the case tests nothing");
        }
        for (String finding : c.expected().findings()) {
            if (!c.validation() && catalogue.finding(finding).isEmpty()) {
                problems.add("expected finding '" + finding + "' is not in the catalogue");
            }
        }
        for (String finding : c.expected().provisionalFindings()) {
            if (!c.validation() && catalogue.finding(finding).isEmpty()) {
                problems.add("provisional finding '" + finding + "' is not in the catalogue");
            }
        }
        for (String finding : c.expected().absentFindings()) {
            if (!c.validation() && catalogue.finding(finding).isEmpty()) {
                problems.add("absent finding '" + finding + "' is not in the catalogue");
            }
            if (c.expected().findings().contains(finding)) {
                problems.add("finding '" + finding + "' is expected both present and absent");
            }
        }
        for (String recommendation : c.expected().topRecommendations()) {
            if (!c.validation() && catalogue.recommendation(recommendation).isEmpty()) {
                problems.add("expected recommendation '" + recommendation + "' is not in the catalogue");
            }
        }
        JsonNode answers = root.path("answers");
        for (String assumed : c.assumed()) {
            if (!answers.has(assumed)) {
                problems.add("assumed answer '" + assumed + "' is not among the case's answers");
            }
        }
        return problems;
    }
}
