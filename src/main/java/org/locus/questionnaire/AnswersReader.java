package org.locus.questionnaire;

import tools.jackson.databind.JsonNode;
import org.locus.knowledge.Answer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the answers document, {@code {"answers": {"<question-id>": <value>}}}, and checks every answer against its
 * question. A value is {@code true}/{@code false} for yes-no, a whole number 1–5 for a scale, a number within range
 * for a number, an option id for a choice; {@code "unknown"}, {@code null} or absence mean don't-know. All problems are
 * collected, not just the first, each with a JSON pointer.
 */
public final class AnswersReader {

    public static final String UNKNOWN = "unknown";

    private final Questionnaire questionnaire;

    public AnswersReader(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    /** The shape of an answers document, for messages. */
    public static final String SHAPE = "{\"answers\": {\"<question-id>\": <value>, ...}}";

    /** Parses and validates a whole document. */
    public Answers read(String json) {
        return read(JsonDocument.parse(json == null ? null : json.getBytes(StandardCharsets.UTF_8), SHAPE), "");
    }

    /** Validates a document already parsed; {@code pointer} locates it in a larger one (a batch item, say). */
    public Answers read(JsonNode document, String pointer) {
        if (document == null || !document.isObject()) {
            throw new InvalidAnswersException(List.of(new AnswerProblem(pointer, "expected an object {\"answers\": {...}}")));
        }
        JsonNode answers = document.get("answers");
        if (answers == null || answers.isNull()) {
            throw new InvalidAnswersException(List.of(new AnswerProblem(pointer + "/answers",
                    "'answers' is missing; expected an object of question ids to values (it may be empty)")));
        }
        if (!answers.isObject()) {
            throw new InvalidAnswersException(List.of(new AnswerProblem(pointer + "/answers",
                    "'answers' must be an object of question ids to values")));
        }
        List<Answer> given = new ArrayList<>();
        List<AnswerProblem> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : answers.properties()) {
            String at = pointer + "/answers/" + escape(entry.getKey());
            try {
                Answer answer = answer(entry.getKey(), entry.getValue());
                if (answer != null) {
                    given.add(answer);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new AnswerProblem(at, e.getMessage()));
            }
        }
        Answers read = new Answers(given);
        problems.addAll(inapplicable(read, pointer));
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        return read;
    }

    /** These answers without those to questions that no longer apply (after a what-if changed an earlier one). */
    public Answers keepApplicable(Answers answers) {
        return questionnaire.keepApplicable(answers);
    }

    /**
     * Answers to questions that do not apply are refused rather than dropped: a document that says a region runs no
     * skills schemes and gives their placement rate contradicts itself, and only its author can say which is right.
     */
    private List<AnswerProblem> inapplicable(Answers answers, String pointer) {
        List<AnswerProblem> problems = new ArrayList<>();
        for (Answer answer : answers.facts()) {
            Question question = questionnaire.require(answer.getQuestion());
            questionnaire.whyNotAsked(question, answers).ifPresent(condition -> {
                String earlier = answers.get(condition.question()).map(Answer::getValue)
                        .map(value -> "it is '" + value + "'")
                        .orElse("that question does not apply itself");
                problems.add(new AnswerProblem(pointer + "/answers/" + escape(question.id()), "does not apply here: it is "
                        + "asked only when " + condition.describe() + ", and " + earlier + "; leave it out or answer \"unknown\""));
            });
        }
        return problems;
    }

    /**
     * One answer checked against its question; {@code null} for don't-know.
     *
     * @throws IllegalArgumentException with a message for the person who wrote the value
     */
    public Answer answer(String questionId, JsonNode value) {
        if (questionId.isEmpty()) {
            throw new IllegalArgumentException("a question id is empty; each key under 'answers' must be a question id "
                    + "from the questionnaire");
        }
        Question question = questionnaire.question(questionId).orElseThrow(() ->
                new IllegalArgumentException("unknown question '" + questionId + "'" + suggestion(questionId)));
        if (value == null || value.isNull() || value.isString() && value.asString().equals(UNKNOWN)) {
            return null;
        }
        return switch (question.type()) {
            case YES_NO -> {
                if (!value.isBoolean()) {
                    throw new IllegalArgumentException("expected true, false or \"unknown\" for a yes-no question, got " + value);
                }
                yield Answer.yesNo(questionId, value.booleanValue());
            }
            case SCALE -> {
                // 3.0 is the whole number 3, as JSON Schema's "integer" (and so the published schema) has it; the
                // number as written, not as a double: 4.999999999999999999999 is not 5
                if (!value.isNumber() || exact(value).stripTrailingZeros().scale() > 0) {
                    throw new IllegalArgumentException("expected a whole number from 1 (" + question.scaleLow()
                            + ") to 5 (" + question.scaleHigh() + ") or \"unknown\", got " + value);
                }
                checkRange(question, exact(value), "");
                yield Answer.number(questionId, exact(value).intValueExact());
            }
            case NUMBER -> {
                if (!value.isNumber()) {
                    throw new IllegalArgumentException("expected a number in " + question.unit() + " or \"unknown\", got " + value);
                }
                checkRange(question, exact(value), " " + question.unit());
                yield Answer.number(questionId, exact(value).doubleValue());
            }
            case CHOICE -> {
                if (!value.isString() || question.option(value.asString()).isEmpty()) {
                    throw new IllegalArgumentException("unknown option " + value + "; expected one of "
                            + question.options().stream().map(o -> "\"" + o.id() + "\"").toList() + " or \"unknown\"");
                }
                yield Answer.choice(questionId, value.asString());
            }
        };
    }

    /**
     * The number exactly as the document wrote it. A tree read elsewhere than {@link JsonDocument} may hold a double
     * that overflowed; it stands for a number beyond any range.
     */
    private static BigDecimal exact(JsonNode value) {
        if (value.isFloatingPointNumber() && !value.isBigDecimal() && !Double.isFinite(value.asDouble())) {
            return new BigDecimal(value.asDouble() > 0 ? "1e400" : "-1e400");
        }
        return value.decimalValue();
    }

    private static void checkRange(Question question, BigDecimal number, String unit) {
        if (number.compareTo(BigDecimal.valueOf(question.lowest())) < 0) {
            throw new IllegalArgumentException(format(number) + unit + " is below the minimum "
                    + format(BigDecimal.valueOf(question.lowest())) + unit);
        }
        if (number.compareTo(BigDecimal.valueOf(question.highest())) > 0) {
            throw new IllegalArgumentException(format(number) + unit + " is above the maximum "
                    + format(BigDecimal.valueOf(question.highest())) + unit);
        }
    }

    /** 140, 12.5, 123456789012345678901234567890; a number whose digits would fill a line, as 1E+400. */
    private static String format(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        String plain = stripped.toPlainString();
        return plain.length() <= 40 ? plain : stripped.toString();
    }

    private String suggestion(String questionId) {
        if (questionId.length() < 3) {
            return ""; // a letter or two is in almost every id: no guess would mean anything
        }
        return questionnaire.questions().stream().map(Question::id)
                .filter(id -> id.contains(questionId) || questionId.contains(id))
                .findFirst().map(id -> " (did you mean '" + id + "'?)").orElse("");
    }

    /** RFC 6901: '~' and '/' in a key are written '~0' and '~1'. */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
