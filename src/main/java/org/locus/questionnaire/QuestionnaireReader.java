package org.locus.questionnaire;

import tools.jackson.databind.JsonNode;
import org.locus.knowledge.DataFile;
import org.locus.knowledge.KnowledgeBaseException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and validates {@code questionnaire.yaml}. Anything that would confuse an adviser or the engine later (a
 * duplicate id, an unknown type, a number without a range, a choice without options) stops loading here with a
 * message naming the file and the question.
 */
public final class QuestionnaireReader {

    private QuestionnaireReader() {
    }

    public static Questionnaire read(String fileName, String text) {
        DataFile file = DataFile.parse(fileName, text);
        Set<String> ids = new HashSet<>();
        Set<String> sectionIds = new HashSet<>();
        List<Section> sections = new ArrayList<>();
        for (JsonNode sectionNode : file.list(file.root(), "sections", "top level")) {
            String sectionId = file.requiredId(sectionNode, "id", "a section");
            String sectionEntry = "section '" + sectionId + "'";
            if (!sectionIds.add(sectionId)) {
                throw file.error(sectionEntry, "duplicate section id");
            }
            List<Question> questions = new ArrayList<>();
            for (JsonNode questionNode : file.list(sectionNode, "questions", sectionEntry)) {
                Question question = question(file, sectionId, questionNode);
                if (!ids.add(question.id())) {
                    throw file.error("question '" + question.id() + "'", "duplicate question id");
                }
                questions.add(question);
            }
            if (questions.isEmpty()) {
                throw file.error(sectionEntry, "has no questions");
            }
            sections.add(new Section(sectionId, file.requiredText(sectionNode, "title", sectionEntry),
                    file.optionalText(sectionNode, "intro"), List.copyOf(questions)));
        }
        if (sections.isEmpty()) {
            throw new KnowledgeBaseException(fileName + ": no sections");
        }
        return new Questionnaire(sections);
    }

    private static Question question(DataFile file, String sectionId, JsonNode node) {
        String id = file.requiredId(node, "id", "a question in section '" + sectionId + "'");
        String entry = "question '" + id + "'";
        String typeName = file.requiredText(node, "type", entry);
        AnswerType type = AnswerType.fromId(typeName).orElseThrow(() -> file.error(entry,
                "unknown type '" + typeName + "' (expected yes-no, scale, choice or number)"));
        String scaleLow = null;
        String scaleHigh = null;
        List<Question.Option> options = List.of();
        String unit = null;
        Double min = null;
        Double max = null;
        switch (type) {
            case SCALE -> {
                JsonNode scale = node.get("scale");
                if (scale == null || !scale.isObject()) {
                    throw file.error(entry, "a scale question needs 'scale' with labels 'low' and 'high'");
                }
                scaleLow = file.requiredText(scale, "low", entry + " scale");
                scaleHigh = file.requiredText(scale, "high", entry + " scale");
            }
            case CHOICE -> options = options(file, node, entry);
            case NUMBER -> {
                unit = file.requiredText(node, "unit", entry);
                min = number(file, node, "min", entry);
                max = number(file, node, "max", entry);
                if (min >= max) {
                    throw file.error(entry, "bad range: min " + min + " is not below max " + max);
                }
            }
            case YES_NO -> {
            }
        }
        return new Question(id, sectionId, file.requiredText(node, "text", entry),
                file.requiredText(node, "help", entry), file.requiredText(node, "section", entry), type,
                scaleLow, scaleHigh, options, unit, min, max, file.texts(node, "informs", entry));
    }

    private static List<Question.Option> options(DataFile file, JsonNode node, String entry) {
        List<Question.Option> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode option : file.list(node, "options", entry)) {
            String optionId = file.requiredId(option, "id", entry + " option");
            if (optionId.equals("unknown")) {
                throw file.error(entry, "option id 'unknown' is reserved for don't-know");
            }
            if (!seen.add(optionId)) {
                throw file.error(entry, "duplicate option '" + optionId + "'");
            }
            options.add(new Question.Option(optionId, file.requiredText(option, "label", entry + " option '" + optionId + "'")));
        }
        if (options.size() < 2) {
            throw file.error(entry, "a choice question needs at least two options");
        }
        return List.copyOf(options);
    }

    private static double number(DataFile file, JsonNode node, String field, String entry) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw file.error(entry, "a number question needs a numeric '" + field + "'");
        }
        return value.asDouble();
    }
}
