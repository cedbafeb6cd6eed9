package org.locus.batch;

import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.Questionnaire;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Regions from an XLSX workbook, read as a stream of XML events (Apache POI's event API), so that a sheet of any
 * length takes the memory of one row and the workbook's shared strings. The sheet read is the one named
 * {@value #SHEET} (the template's), else the first. A cell reads as the spreadsheet shows it (a formula as its last
 * result, a percentage with its sign), in the root locale: a decimal point, whatever the machine's language.
 */
public final class XlsxRegions implements RegionSource {

    /** The sheet of answers in the template. */
    public static final String SHEET = "answers";

    private final Path file;
    private final Questionnaire questionnaire;
    private final AnswersReader reader;
    private final boolean ignoreUnknown;
    private volatile CountingStream sheet;
    private volatile long sheetSize;

    public XlsxRegions(Path file, Questionnaire questionnaire, AnswersReader reader, boolean ignoreUnknown) {
        this.file = file;
        this.questionnaire = questionnaire;
        this.reader = reader;
        this.ignoreUnknown = ignoreUnknown;
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public double done() {
        CountingStream in = sheet;
        return in != null && sheetSize > 0 ? Math.min(1, (double) in.count() / sheetSize) : Double.NaN;
    }

    @Override
    public void read(Consumer<Region> regions) {
        // what goes wrong past this reader (writing a result, say) is not a fault of the workbook: it passes through
        SheetRows rows = new SheetRows(name(), questionnaire, reader, ignoreUnknown, region -> {
            try {
                regions.accept(region);
            } catch (RuntimeException e) {
                throw new Downstream(e);
            }
        });
        File path = file.toFile();
        try (OPCPackage workbook = OPCPackage.open(path, PackageAccess.READ)) {
            XSSFReader parts = new XSSFReader(workbook);
            StylesTable styles = parts.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            XSSFReader.SheetIterator sheets = parts.getSheetIterator();
            InputStream chosen = null;
            long chosenSize = 0;
            while (sheets.hasNext()) {
                InputStream next = sheets.next();
                if (chosen == null || sheets.getSheetName().equalsIgnoreCase(SHEET)) {
                    if (chosen != null) {
                        chosen.close();
                    }
                    chosen = next;
                    chosenSize = sheets.getSheetPart().getSize();
                    if (sheets.getSheetName().equalsIgnoreCase(SHEET)) {
                        break;
                    }
                } else {
                    next.close();
                }
            }
            if (chosen == null) {
                throw new SheetException(name() + " has no sheet");
            }
            sheetSize = chosenSize;
            try (CountingStream in = new CountingStream(chosen)) {
                sheet = in;
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Rows(rows),
                        new DataFormatter(Locale.ROOT), false));
                xml.parse(new InputSource(in));
            }
        } catch (Downstream e) {
            throw e.failure;
        } catch (SheetException e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new SheetException(name() + " is an Excel 97-2003 workbook (.xls); save it as .xlsx, or as CSV UTF-8");
        } catch (EmptyFileException e) {
            throw new SheetException(name() + " is empty: expected an XLSX workbook");
        } catch (UnsupportedFileFormatException | OpenXML4JException e) {
            throw new SheetException(name() + " is not an XLSX workbook; save it from the spreadsheet program as "
                    + "Excel workbook (.xlsx), or as CSV UTF-8");
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI's words name its own classes and limits (a zip bomb, a part too large): the cause is the file
            throw new SheetException(name() + " cannot be read as an XLSX workbook: it is damaged, or larger inside "
                    + "than a sheet of answers can be");
        }
        rows.end();
    }

    private static final class Downstream extends RuntimeException {
        private final RuntimeException failure;

        Downstream(RuntimeException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    /** The cells of a row, by column, as the event API hands them over. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final SheetRows rows;
        private final List<String> cells = new ArrayList<>();

        Rows(SheetRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int row) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            if (cells.size() == column) {
                cells.add(value);
            } else {
                cells.set(column, value);
            }
        }

        @Override
        public void endRow(int row) {
            if (!cells.isEmpty()) {
                rows.row(row + 1, List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList()));
            }
        }
    }
}
