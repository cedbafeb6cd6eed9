package org.locus.batch;

import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.Question;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * What a spreadsheet cell means for its question, and what a cell may hold. A cell is text; this turns it into the
 * value an answers document would hold (yes → {@code true}, {@code 35} → the number 35, an option id as it is) and
 * leaves every judgement to {@link AnswersReader}: a cell that does not read as its type is passed on as the text it
 * is, so the reader refuses it with the same words, and the same checks, as it would in a document. An empty cell is
 * don't-know.
 */
public final class CellValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> YES = List.of("yes", "true", "y");
    private static final List<String> NO = List.of("no", "false", "n");

    private CellValues() {
    }

    /** The document value of a cell, or {@code null} for an empty cell (don't know). */
    public static JsonNode toJson(Question question, String cell) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.equalsIgnoreCase(AnswersReader.UNKNOWN)) {
            return NODES.stringNode(AnswersReader.UNKNOWN);
        }
        return switch (question.type()) {
            case YES_NO -> {
                String word = text.toLowerCase(Locale.ROOT);
                yield YES.contains(word) ? NODES.booleanNode(true)
                        : NO.contains(word) ? NODES.booleanNode(false) : NODES.stringNode(text);
            }
            case SCALE, NUMBER -> number(question, text);
            case CHOICE -> NODES.stringNode(text);
        };
    }

    private static JsonNode number(Question question, String text) {
        String digits = text;
        // a percentage typed with its sign, as spreadsheets show it: 35 % is 35 for a question in %
        if ("%".equals(question.unit()) && digits.endsWith("%")) {
            digits = digits.substring(0, digits.length() - 1).strip();
        }
        try {
            return NODES.numberNode(new BigDecimal(digits));
        } catch (NumberFormatException e) {
            return NODES.stringNode(text);
        }
    }

    /** What the cell may hold, in words, for a template's second row and for the message when a cell is wrong. */
    public static String allowed(Question question) {
        return switch (question.type()) {
            case YES_NO -> "yes or no";
            case SCALE -> "a whole number from " + Question.SCALE_MIN + " (" + question.scaleLow() + ") to "
                    + Question.SCALE_MAX + " (" + question.scaleHigh() + ")";
            case NUMBER -> "a number from " + plain(question.min()) + " to " + plain(question.max()) + " ("
                    + question.unit() + ")";
            case CHOICE -> "one of " + String.join(", ", question.options().stream()
                    .map(o -> o.id() + " (" + o.label() + ")").toList());
        };
    }

    /** The values of a drop-down list for the question's cells; empty for a number, which has a range instead. */
    public static List<String> choices(Question question) {
        return switch (question.type()) {
            case YES_NO -> List.of("yes", "no");
            case SCALE -> IntStream.rangeClosed(Question.SCALE_MIN, Question.SCALE_MAX).mapToObj(Integer::toString).toList();
            case NUMBER -> List.of();
            case CHOICE -> question.options().stream().map(Question.Option::id).toList();
        };
    }

    /** The text a cell holds for an answer value of a document ({@code true} → yes), for writing answers back. */
    public static String toCell(Object documentValue) {
        if (documentValue instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (documentValue instanceof Double d) {
            return plain(d);
        }
        return String.valueOf(documentValue);
    }

    static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
