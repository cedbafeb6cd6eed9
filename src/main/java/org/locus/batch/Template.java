package org.locus.batch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Questionnaire;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The questionnaire as a sheet to fill in, one region a row, that {@link CsvRegions} and {@link XlsxRegions} read back
 * as it is: a header of question ids after the region's column, then two note rows (their first cell starts with
 * {@code #}, so they are not read as regions) with each question's text and the values its cells take. An empty cell
 * is don't-know. The workbook adds drop-down lists (yes/no, the scale, a choice's options) and a range check for
 * numbers on every row below, and a sheet {@value #QUESTIONS} with each question in full.
 */
public final class Template {

    public static final String REGION = "region";
    public static final String QUESTION_ROW = SheetLayout.NOTE + " question";
    public static final String ALLOWED_ROW = SheetLayout.NOTE + " allowed values (empty = don't know)";
    public static final String QUESTIONS = "questions";
    private static final String LISTS = "lists";
    /** The rows below the notes that carry the drop-downs: far more regions than any survey has. */
    static final int ROWS = 10_000;

    private final Questionnaire questionnaire;

    public Template(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    private List<List<String>> rows() {
        List<String> ids = new ArrayList<>(List.of(REGION));
        List<String> texts = new ArrayList<>(List.of(QUESTION_ROW));
        List<String> allowed = new ArrayList<>(List.of(ALLOWED_ROW));
        for (Question q : questionnaire.questions()) {
            ids.add(q.id());
            texts.add(q.text());
            allowed.add(CellValues.allowed(q));
        }
        return List.of(ids, texts, allowed);
    }

    public void writeCsv(Writer out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            for (List<String> row : rows()) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeXlsx(OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font font = workbook.createFont();
            font.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(font);
            CellStyle note = workbook.createCellStyle();
            note.setWrapText(true);

            Sheet answers = workbook.createSheet(XlsxRegions.SHEET);
            List<List<String>> rows = rows();
            for (int r = 0; r < rows.size(); r++) {
                Row row = answers.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(rows.get(r).get(c));
                    cell.setCellStyle(r == 0 ? bold : note);
                }
            }
            answers.createFreezePane(1, rows.size());
            answers.setColumnWidth(0, 24 * 256);

            Sheet lists = workbook.createSheet(LISTS);
            DataValidationHelper validations = answers.getDataValidationHelper();
            List<Question> questions = questionnaire.questions();
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                int column = i + 1;
                answers.setColumnWidth(column, 22 * 256);
                DataValidationConstraint constraint;
                List<String> choices = CellValues.choices(q);
                if (choices.isEmpty()) {
                    constraint = validations.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                            CellValues.plain(q.min()), CellValues.plain(q.max()));
                } else {
                    // the values on a hidden sheet rather than in the rule: a rule's own list is limited to 255 characters
                    for (int v = 0; v < choices.size(); v++) {
                        Row row = lists.getRow(v) != null ? lists.getRow(v) : lists.createRow(v);
                        row.createCell(i).setCellValue(choices.get(v));
                    }
                    String letter = CellReference.convertNumToColString(i);
                    constraint = validations.createFormulaListConstraint(LISTS + "!$" + letter + "$1:$" + letter + "$"
                            + choices.size());
                }
                DataValidation validation = validations.createValidation(constraint,
                        new CellRangeAddressList(rows.size(), rows.size() + ROWS - 1, column, column));
                validation.setEmptyCellAllowed(true);
                validation.setShowErrorBox(true);
                validation.createErrorBox(shorten(q.id(), 32), shorten("Takes " + CellValues.allowed(q)
                        + ", or stays empty for don't know.", 255));
                validation.setShowPromptBox(true);
                validation.createPromptBox(shorten(q.id(), 32), shorten(q.text(), 255));
                answers.addValidationData(validation);
            }
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);

            Sheet sheet = workbook.createSheet(QUESTIONS);
            List<String> header = List.of("id", "section", "question", "help", "type", "allowed values");
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
                top.getCell(c).setCellStyle(bold);
            }
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                Row row = sheet.createRow(i + 1);
                List<String> values = List.of(q.id(), q.section(), q.text(), q.help(), q.type().id(),
                        CellValues.allowed(q));
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            int[] widths = {30, 30, 60, 60, 10, 60};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shorten(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }
}
