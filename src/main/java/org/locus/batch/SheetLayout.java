package org.locus.batch;

import org.locus.questionnaire.AnswerProblem;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.InvalidAnswersException;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Questionnaire;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a sheet of regions, from its header row: the first column holds each region's id, every other a
 * question id. A column whose header is empty or starts with {@code #} is a note and is not read, and so is a row whose
 * first cell starts with {@code #} (the template's rows of question texts and allowed values). Each row becomes an
 * answers document that {@link AnswersReader} checks as it checks any other, so whatever it demands of answers, a
 * sheet meets too.
 */
public final class SheetLayout {

    /** The first cell of a row or a header that the reader passes over: notes for people. */
    public static final String NOTE = "#";

    private final String source;
    private final AnswersReader reader;
    private final Map<Integer, Question> questions;
    private final Map<String, Integer> columnOf = new HashMap<>();
    private final Map<String, Integer> rowOfRegion = new HashMap<>();
    private final int width;

    private SheetLayout(String source, AnswersReader reader, Map<Integer, Question> questions, int width) {
        this.source = source;
        this.reader = reader;
        this.questions = questions;
        this.width = width;
        questions.forEach((column, question) -> columnOf.put(pointer(question.id()), column));
    }

    /**
     * The layout a header row gives.
     *
     * @param ignoreUnknown pass over a column that names no question instead of refusing the sheet
     * @throws SheetException naming every column whose header is no question of the questionnaire (with the nearest
     *                        one), or a question that has two columns
     */
    public static SheetLayout of(String source, int headerRow, List<String> header, Questionnaire questionnaire,
                                 AnswersReader reader, boolean ignoreUnknown) {
        Map<Integer, Question> questions = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        ObjectNode unknown = JsonNodeFactory.instance.objectNode();
        Map<String, Integer> unknownColumns = new HashMap<>();
        for (int column = 1; column < header.size(); column++) {
            String id = header.get(column) == null ? "" : header.get(column).strip();
            if (id.isEmpty() || id.startsWith(NOTE)) {
                continue;
            }
            Integer before = seen.putIfAbsent(id, column);
            if (before != null) {
                problems.add(source + " row " + headerRow + ", column " + Columns.letter(column) + ": '" + id
                        + "' is already column " + Columns.letter(before) + "; each question has one column");
            } else if (questionnaire.has(id)) {
                questions.put(column, questionnaire.require(id));
            } else {
                unknown.putNull(id);
                unknownColumns.put(pointer(id), column);
            }
        }
        if (!unknownColumns.isEmpty() && !ignoreUnknown) {
            // the reader's own words for a key that is no question, with its guess at the one meant
            try {
                reader.read(JsonNodeFactory.instance.objectNode().set("answers", unknown), "");
            } catch (InvalidAnswersException e) {
                for (AnswerProblem problem : e.problems()) {
                    Integer column = unknownColumns.get(problem.pointer());
                    problems.add(source + " row " + headerRow + (column == null ? "" : ", column "
                            + Columns.letter(column)) + ": " + problem.message());
                }
                problems.add(source + ": each column after the first must be a question id; start a column's "
                        + "header with # to keep it as a note, or pass --ignore-unknown-columns");
            }
        }
        if (!problems.isEmpty()) {
            throw new SheetException(problems);
        }
        return new SheetLayout(source, reader, questions, header.size());
    }

    /** The question ids this sheet answers, in column order. */
    public List<String> questionIds() {
        return questions.values().stream().map(Question::id).toList();
    }

    /**
     * The region of one row, or {@code null} for a row to pass over (empty, or a note).
     *
     * @param row   the row's number as a spreadsheet shows it (the header is row 1)
     * @param cells the row's cells from column A on; a missing cell is empty
     */
    public Region region(int row, List<String> cells) {
        String id = cell(cells, 0);
        String where = source + " row " + row;
        if (id.startsWith(NOTE) || cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return null;
        }
        List<String> problems = new ArrayList<>();
        if (id.isEmpty()) {
            problems.add("column A: no region id; the first column names each region");
        } else {
            Integer first = rowOfRegion.putIfAbsent(id, row);
            if (first != null) {
                problems.add("column A: region '" + id + "' is already row " + first + "; each region has one row");
            }
        }
        for (int column = width; column < cells.size(); column++) {
            if (!cell(cells, column).isEmpty()) {
                problems.add("column " + Columns.letter(column) + ": a value, but no question id at the top of "
                        + "the column");
            }
        }
        ObjectNode answers = JsonNodeFactory.instance.objectNode();
        questions.forEach((column, question) -> {
            JsonNode value = CellValues.toJson(question, cell(cells, column));
            if (value != null) {
                answers.set(question.id(), value);
            }
        });
        try {
            Region.Answered answered = new Region.Answered(id, where,
                    reader.read(JsonNodeFactory.instance.objectNode().set("answers", answers), ""));
            return problems.isEmpty() ? answered : new Region.Unreadable(id, where, problems);
        } catch (InvalidAnswersException e) {
            e.problems().forEach(p -> problems.add(describe(p)));
            return new Region.Unreadable(id, where, problems);
        }
    }

    /** A problem of the reader, at its column, with what the cell may hold. */
    private String describe(AnswerProblem problem) {
        Integer column = columnOf.get(problem.pointer());
        if (column == null) {
            return problem.message(); // about the answers together, not one cell
        }
        Question question = questions.get(column);
        return "column " + Columns.letter(column) + " (" + question.id() + "): " + problem.message()
                + "; the cell takes " + CellValues.allowed(question) + ", or stays empty for don't know";
    }

    private static String cell(List<String> cells, int column) {
        String value = column < cells.size() ? cells.get(column) : null;
        return value == null ? "" : value.strip();
    }

    private static String pointer(String questionId) {
        return "/answers/" + AnswersReader.escape(questionId);
    }
}
