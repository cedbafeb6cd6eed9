package org.locus.ui.workbench;

import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Questionnaire;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A what-if in the address: each answer that differs from the reference as {@code set=question:value} (the value as
 * the answers document writes it, {@code unknown} for don't-know), so that a reload or a shared link shows the same
 * what-if. Read back through {@link AnswersReader}, so a hand-edited address is checked like an uploaded file.
 */
public final class WhatIfAddress {

    public static final String PARAMETER = "set";

    private WhatIfAddress() {
    }

    /** The {@code set} values for the answers that differ from the reference, in questionnaire order. */
    public static List<String> of(Questionnaire questionnaire, Answers reference, Answers answers) {
        List<String> values = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            Answer now = answers.get(question.id()).orElse(null);
            if (!Objects.equals(now, reference.get(question.id()).orElse(null))) {
                values.add(question.id() + ":" + (now == null ? AnswersReader.UNKNOWN : now.documentValue()));
            }
        }
        return values;
    }

    /** The reference with the address's changes made; {@code problems} gets a line for each change left out. */
    public static Answers apply(List<String> values, Answers reference, AnswersReader reader, List<String> problems) {
        Answers answers = reference;
        for (String value : values) {
            int colon = value.indexOf(':');
            if (colon <= 0) {
                problems.add("'" + value + "' is not question:answer");
                continue;
            }
            String question = value.substring(0, colon);
            try {
                answers = answers.with(question, reader.answer(question, node(value.substring(colon + 1))));
            } catch (IllegalArgumentException e) {
                problems.add(question + ": " + e.getMessage());
            }
        }
        return reader.keepApplicable(answers);
    }

    private static JsonNode node(String text) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (text.equals("true") || text.equals("false")) {
            return nodes.booleanNode(Boolean.parseBoolean(text));
        }
        try {
            return nodes.numberNode(new BigDecimal(text));
        } catch (NumberFormatException notANumber) {
            return nodes.stringNode(text);
        }
    }
}
