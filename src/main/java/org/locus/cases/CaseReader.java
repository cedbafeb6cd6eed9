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
import java.util.Iterator;
import java.util.List;

/**
 * Reads one case file and checks it against the knowledge base: its answers must be valid, its expected ids must
 * exist in the catalogue, and its assumed answers must be answers it gives.
 */
public final class CaseReader {

    private static final ObjectMapper JSON = new ObjectMapper();

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
                file.requiredText(root, "teachingNotes", "the case"), answers, fileName);
        List<String> problems = problems(libraryCase, root);
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(fileName + ": " + String.join("; ", problems));
        }
        return libraryCase;
    }

    private List<String> problems(LibraryCase c, JsonNode root) {
        List<String> problems = new ArrayList<>();
        Catalogue catalogue = ruleBase.catalogue();
        if (c.sources().isEmpty()) {
            problems.add("'sources' must name the chapter section and the works it rests on");
        }
        if (c.expected().findings().isEmpty() && c.expected().absentFindings().isEmpty()) {
            problems.add("'expected' names no findings, so the case tests nothing");
        }
        for (String finding : c.expected().findings()) {
            if (catalogue.finding(finding).isEmpty()) {
                problems.add("expected finding '" + finding + "' is not in the catalogue");
            }
        }
        for (String finding : c.expected().provisionalFindings()) {
            if (catalogue.finding(finding).isEmpty()) {
                problems.add("provisional finding '" + finding + "' is not in the catalogue");
            }
        }
        for (String finding : c.expected().absentFindings()) {
            if (catalogue.finding(finding).isEmpty()) {
                problems.add("absent finding '" + finding + "' is not in the catalogue");
            }
            if (c.expected().findings().contains(finding)) {
                problems.add("finding '" + finding + "' is expected both present and absent");
            }
        }
        for (String recommendation : c.expected().topRecommendations()) {
            if (catalogue.recommendation(recommendation).isEmpty()) {
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
