package org.locus.questionnaire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers document as a JSON Schema (draft 2020-12), generated from the questionnaire so that it states exactly
 * what {@link AnswersReader} accepts and can never fall behind a new question: yes-no takes a boolean, a scale a
 * whole number 1–5, a number a number within the question's range, a choice one of its option ids; every question
 * also takes {@code "unknown"} or {@code null} for don't-know, and no other key is allowed under {@code answers}.
 * Other top-level keys (a case's title, a batch item's id) are left alone, as the reader leaves them.
 */
public final class AnswersSchema {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private AnswersSchema() {
    }

    /** The schema as plain maps and lists, in a stable order, ready for any JSON writer. */
    public static Map<String, Object> of(Questionnaire questionnaire) {
        Map<String, Object> properties = new LinkedHashMap<>();
        questionnaire.questions().forEach(q -> properties.put(q.id(), property(q)));
        Map<String, Object> answers = object(
                "type", "object",
                "description", "Question id to answer. A question left out is don't-know, like \"unknown\" or null.",
                "properties", properties,
                "additionalProperties", false);
        Map<String, Object> schema = object(
                "$schema", DIALECT,
                "title", "Locus answers document",
                "description", "One region's answers to the Locus questionnaire.",
                "type", "object",
                "required", List.of("answers"),
                "properties", object("answers", answers));
        List<Object> applicability = new ArrayList<>();
        questionnaire.questions().forEach(q -> q.askedWhen().forEach(c -> applicability.add(notAsked(questionnaire, q, c))));
        if (!applicability.isEmpty()) {
            schema.put("allOf", applicability);
        }
        return schema;
    }

    /**
     * Where the earlier question is answered with a value outside the condition, the question may only be don't-know.
     * A chain (the earlier question itself not applying while left unknown) is beyond what the schema says; the
     * service refuses it all the same.
     */
    private static Map<String, Object> notAsked(Questionnaire questionnaire, Question question, AskedWhen condition) {
        Question earlier = questionnaire.require(condition.question());
        List<Object> asked = new ArrayList<>();
        condition.values().forEach(v -> asked.add(earlier.type() == AnswerType.YES_NO ? (Object) v.equals("yes") : v));
        asked.add(AnswersReader.UNKNOWN);
        asked.add(null);
        Map<String, Object> earlierAnsweredOtherwise = object(
                "properties", object(earlier.id(), object("not", object("enum", asked))),
                "required", List.of(earlier.id()));
        return object(
                "description", question.id() + " does not apply unless " + condition.describe(),
                "if", object("properties", object("answers", earlierAnsweredOtherwise), "required", List.of("answers")),
                "then", object("properties", object("answers", object("properties", object(question.id(), unknown())))));
    }

    private static Map<String, Object> property(Question question) {
        String description = question.askedWhen().isEmpty() ? question.helpWithCutoffs() : question.helpWithCutoffs()
                + " " + question.askedWhenText() + " An answer where it does not apply is refused.";
        Map<String, Object> property = object("title", question.text(), "description", description);
        switch (question.type()) {
            case YES_NO -> property.put("anyOf", List.of(object("type", "boolean"), unknown()));
            case SCALE -> property.put("anyOf", List.of(object(
                    "type", "integer",
                    "minimum", Question.SCALE_MIN,
                    "maximum", Question.SCALE_MAX,
                    "description", Question.SCALE_MIN + " = " + question.scaleLow() + ", "
                            + Question.SCALE_MAX + " = " + question.scaleHigh()), unknown()));
            case NUMBER -> property.put("anyOf", List.of(object(
                    "type", "number",
                    "minimum", number(question.min()),
                    "maximum", number(question.max()),
                    "description", "in " + question.unit()), unknown()));
            case CHOICE -> {
                List<Object> values = new ArrayList<>();
                question.options().forEach(o -> values.add(o.id()));
                values.add(AnswersReader.UNKNOWN);
                values.add(null);
                property.put("enum", values);
            }
        }
        return property;
    }

    /** Written out at each question rather than referenced, so the schema can be embedded (in OpenAPI) as it is. */
    private static Map<String, Object> unknown() {
        return object("description", "don't know", "enum", Arrays.asList(AnswersReader.UNKNOWN, null));
    }

    /** Whole bounds are written as integers: {@code 100}, not {@code 100.0}. */
    private static Number number(double value) {
        return value == Math.rint(value) ? (Number) (long) value : (Number) value;
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
