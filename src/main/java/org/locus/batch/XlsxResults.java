package org.locus.batch;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.locus.diagnosis.DiagnosisResult;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The results as an XLSX workbook, written as a stream (Apache POI's SXSSF: a window of rows in memory, the rest in
 * compressed temporary files until the workbook is written out at {@link #close}). A sheet {@value #RESULTS} with a row
 * per region ({@link ResultColumns}, each diagnosed region linked to its own sheet), and a sheet per region with its
 * ranked recommendations and its findings. A sheet costs memory however few its rows, so regions past
 * {@code regionSheets} get their row in the results and no sheet of their own; each region's sheet is closed on disk
 * as soon as it is written, so that open files do not grow with the batch.
 */
public final class XlsxResults implements ResultWriter {

    public static final String RESULTS = "results";
    private static final int WINDOW = 100;

    private final OutputStream out;
    private final ResultColumns columns;
    private final int regionSheets;
    private final Workbook workbook = new Workbook();
    private final SXSSFSheet results;
    private final CellStyle bold;
    private final Set<String> sheetNames = new HashSet<>();
    private int row;
    private int sheets;
    private boolean closed;

    /**
     * @param top          how many recommendations a row of the results names, best first
     * @param regionSheets how many regions get a sheet of their own, the first ones
     */
    public XlsxResults(OutputStream out, int top, int regionSheets) {
        this.out = out;
        this.columns = new ResultColumns(top);
        this.regionSheets = regionSheets;
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        results = workbook.createSheet(RESULTS);
        sheetNames.add(RESULTS);
        header(results.createRow(row++), columns.header());
        results.createFreezePane(1, 1);
        results.setColumnWidth(0, 24 * 256);
        results.setColumnWidth(1, 24 * 256);
        for (int i = 0; i < columns.top(); i++) {
            results.setColumnWidth(3 + 3 * i, 36 * 256);
        }
    }

    /** How many regions got a sheet of their own so far. */
    public int regionSheets() {
        return sheets;
    }

    @Override
    public void diagnosed(Region.Answered region, DiagnosisResult result) {
        Row line = results.createRow(row++);
        fill(line, columns.row(region, result));
        if (sheets < regionSheets) {
            String name = sheetName(region.id());
            regionSheet(name, region, result);
            Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + name.replace("'", "''") + "'!A1");
            line.getCell(0).setHyperlink(link);
            sheets++;
        }
    }

    @Override
    public void failed(Region.Unreadable region) {
        fill(results.createRow(row++), columns.row(region));
    }

    private void regionSheet(String name, Region.Answered region, DiagnosisResult result) {
        SXSSFSheet sheet = workbook.createSheet(name);
        SheetDataWriter writer = workbook.lastWriter;
        int r = 0;
        fill(sheet.createRow(r++), List.of("region", region.id(), "source", region.where()));
        r++;
        header(sheet.createRow(r++), List.of("rank", "recommendation", "title", "score", "status", "group",
                "who acts", "rests on"));
        for (DiagnosisResult.RecommendationResult rec : result.recommendations()) {
            fill(sheet.createRow(r++), List.of(rec.rank(), rec.id(), rec.title(), rec.score(), rec.status(),
                    rec.group(), rec.actor().label(), rec.contributions().stream()
                            .map(c -> c.finding() + " (" + c.status() + ", " + ResultColumns.number(c.counted()) + ")")
                            .collect(Collectors.joining(ResultColumns.SEPARATOR))));
        }
        r++;
        header(sheet.createRow(r++), List.of("finding", "title", "status", "settled by"));
        for (DiagnosisResult.FindingResult finding : result.findings()) {
            fill(sheet.createRow(r++), List.of(finding.id(), finding.title(), finding.status(),
                    String.join(ResultColumns.SEPARATOR, finding.settledBy())));
        }
        r++;
        fill(sheet.createRow(r), List.of("unanswered questions", result.unanswered().size()));
        sheet.setColumnWidth(1, 36 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        try {
            sheet.flushRows();
            writer.close(); // its rows are on disk: the file need not stay open until the workbook is written
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet name Excel takes (31 characters, none of []:*?/\), unique whatever the case. */
    private String sheetName(String regionId) {
        String base = WorkbookUtil.createSafeSheetName(regionId.isBlank() ? "region" : regionId, '_');
        String name = base;
        for (int n = 2; sheetNames.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        sheetNames.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private void header(Row line, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            Cell cell = line.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(bold);
        }
    }

    private static void fill(Row line, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Number number) {
                line.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null && !value.toString().isEmpty()) {
                line.createCell(i).setCellValue(value.toString());
            }
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (workbook) {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SXSSF's workbook, telling which writer it made for the sheet it last created, so that it can be closed early. */
    private static final class Workbook extends SXSSFWorkbook {

        private SheetDataWriter lastWriter;

        Workbook() {
            super(null, WINDOW, true, false);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            lastWriter = super.createSheetDataWriter();
            return lastWriter;
        }
    }
}
