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
                scaleLow, scaleHigh, options, unit, min, max, file.texts(node, "informs", entry),
                cutoffs(file, node, entry, type, type == AnswerType.SCALE ? Double.valueOf(Question.SCALE_MIN) : min,
                        type == AnswerType.SCALE ? Double.valueOf(Question.SCALE_MAX) : max),
                askedWhen(file, node, entry));
    }

    /**
     * {@code askedWhen: {question: skills-schemes, is: true}}, or {@code in: [a, b]} for several options; a list of
     * such conditions when all must hold. Whether the names are right is the consistency check's to say, with the
     * other cross-references.
     */
    private static List<AskedWhen> askedWhen(DataFile file, JsonNode node, String entry) {
        JsonNode field = node.get("askedWhen");
        if (field == null || field.isNull()) {
            return List.of();
        }
        List<JsonNode> conditions = field.isArray() ? file.list(node, "askedWhen", entry) : List.of(field);
        List<AskedWhen> read = new ArrayList<>();
        for (JsonNode condition : conditions) {
            if (!condition.isObject()) {
                throw file.error(entry, "'askedWhen' must be {question: <id>, is: <answer>} or {question: <id>, in: [...]}");
            }
            String earlier = file.requiredId(condition, "question", entry + " askedWhen");
            boolean single = condition.has("is");
            if (single == condition.has("in")) {
                throw file.error(entry, "askedWhen on '" + earlier + "' needs exactly one of 'is' (one answer) or 'in' (a list)");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode value : single ? List.of(condition.get("is")) : file.list(condition, "in", entry + " askedWhen")) {
                if (!value.isValueNode() || value.isNull()) {
                    throw file.error(entry, "askedWhen on '" + earlier + "' lists a value that is not an answer");
                }
                values.add(value.isBoolean() ? (value.asBoolean() ? "yes" : "no") : value.asString());
            }
            if (values.isEmpty()) {
                throw file.error(entry, "askedWhen on '" + earlier + "' lists no answer, so the question would never be asked");
            }
            read.add(new AskedWhen(earlier, values));
        }
        return List.copyOf(read);
    }

    /** {@code cutoffs: [{from: 30, means: "..."}, {upTo: 2, means: "..."}]}, each inside the answer's range. */
    private static List<Cutoff> cutoffs(DataFile file, JsonNode node, String entry, AnswerType type, Double min,
                                        Double max) {
        if (node.get("cutoffs") == null) {
            return List.of();
        }
        if (type != AnswerType.SCALE && type != AnswerType.NUMBER) {
            throw file.error(entry, "has cutoffs, but only scale and number answers are cut");
        }
        List<Cutoff> cutoffs = new ArrayList<>();
        for (JsonNode cutoff : file.list(node, "cutoffs", entry)) {
            boolean upwards = cutoff.has("from");
            if (upwards == cutoff.has("upTo")) {
                throw file.error(entry, "each cut-off needs exactly one of 'from' (a band upwards) or 'upTo' (a band downwards)");
            }
            double at = number(file, cutoff, upwards ? "from" : "upTo", entry + " cut-off");
            if (at < min || at > max) {
                throw file.error(entry, "cut-off " + Cutoff.number(at) + " lies outside the answer's range "
                        + Cutoff.number(min) + " to " + Cutoff.number(max));
            }
            cutoffs.add(new Cutoff(upwards, at, file.requiredText(cutoff, "means", entry + " cut-off")));
        }
        return List.copyOf(cutoffs);
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
