package org.locus.batch;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locus.Locus;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading regions from CSV and XLSX sheets against the tiny test questionnaire. */
class SheetsTest {

    private static Locus locus;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        locus = Locus.withoutCases(Path.of("src/test/resources/mini-rules"));
    }

    static List<Region> csv(String text, boolean ignoreUnknown) {
        return csv(text.getBytes(StandardCharsets.UTF_8), ignoreUnknown);
    }

    static List<Region> csv(byte[] bytes, boolean ignoreUnknown) {
        List<Region> regions = new ArrayList<>();
        new CsvRegions("regions.csv", new ByteArrayInputStream(bytes), bytes.length,
                locus.ruleBase().questionnaire(), locus.answersReader(), ignoreUnknown).read(regions::add);
        return regions;
    }

    private static Answers answers(Region region) {
        assertThat(region).isInstanceOf(Region.Answered.class);
        return ((Region.Answered) region).answers();
    }

    private static List<String> problems(Region region) {
        assertThat(region).isInstanceOf(Region.Unreadable.class);
        return ((Region.Unreadable) region).problems();
    }

    @Test
    void eachRowIsARegionWithItsCellsReadByTheQuestionsTypes() {
        List<Region> regions = csv("""
                region,red-tape,growth,remote,sector,export-share
                north,yes,2,FALSE,shoes,35 %
                south,,5,no,,12.5
                """, false);

        assertThat(regions).extracting(Region::id).containsExactly("north", "south");
        assertThat(regions.get(0).where()).isEqualTo("regions.csv row 2");
        assertThat(answers(regions.get(0))).isEqualTo(new Answers(List.of(Answer.yesNo("red-tape", true),
                Answer.number("growth", 2), Answer.yesNo("remote", false), Answer.choice("sector", "shoes"),
                Answer.number("export-share", 35.0))));
        Answers south = answers(regions.get(1));
        assertThat(south.isAnswered("red-tape")).as("an empty cell is don't know").isFalse();
        assertThat(south.get("export-share")).contains(Answer.number("export-share", 12.5));
    }

    @Test
    void aBadCellFailsItsRowOnlyNamingRowColumnAndWhatTheCellTakes() {
        List<Region> regions = csv("""
                region,red-tape,growth,sector,export-share
                north,maybe,2,shoes,35
                south,no,7,boats,140
                west,yes,1,tiles,0
                """, false);

        assertThat(problems(regions.get(0))).containsExactly("column B (red-tape): expected true, false or "
                + "\"unknown\" for a yes-no question, got \"maybe\"; the cell takes yes or no, or stays empty for "
                + "don't know");
        assertThat(problems(regions.get(1))).hasSize(3).anySatisfy(p -> assertThat(p)
                .startsWith("column D (sector): unknown option \"boats\"; expected one of [\"tiles\", \"shoes\"]")
                .endsWith("the cell takes one of tiles (Ceramic tiles), shoes (Footwear), or stays empty for don't know"))
                .anySatisfy(p -> assertThat(p).startsWith("column C (growth): 7 is above the maximum 5"))
                .anySatisfy(p -> assertThat(p).startsWith("column E (export-share): 140 % is above the maximum 100 %"));
        assertThat(regions.get(1).where()).isEqualTo("regions.csv row 3");
        assertThat(answers(regions.get(2)).size()).isEqualTo(4);
    }

    @Test
    void unknownColumnsRefuseTheSheetWithTheNearestQuestionUnlessIgnored() {
        String sheet = """
                region,red-tap,colour,growth
                north,yes,blue,2
                """;
        assertThatThrownBy(() -> csv(sheet, false)).isInstanceOfSatisfying(SheetException.class, e ->
                assertThat(e.problems()).containsExactly(
                        "regions.csv row 1, column B: unknown question 'red-tap' (did you mean 'red-tape'?)",
                        "regions.csv row 1, column C: unknown question 'colour'",
                        "regions.csv: each column after the first must be a question id; start a column's header "
                                + "with # to keep it as a note, or pass --ignore-unknown-columns"));

        List<Region> regions = csv(sheet, true);
        assertThat(answers(regions.get(0))).isEqualTo(new Answers(List.of(Answer.number("growth", 2))));
    }

    @Test
    void notesEmptyRowsAndNoteColumnsAreNotRead() {
        List<Region> regions = csv("""
                # a note before the header
                region,# who filled it in,growth,
                # question,,How fast?
                ,,,
                north,Ana,3,
                """, false);

        assertThat(regions).singleElement().satisfies(r -> {
            assertThat(r.where()).isEqualTo("regions.csv row 5");
            assertThat(answers(r)).isEqualTo(new Answers(List.of(Answer.number("growth", 3))));
        });
    }

    @Test
    void aRowWithoutIdOrWithAnIdSeenBeforeOrAValueUnderNoQuestionFails() {
        List<Region> regions = csv("""
                region,growth
                north,3
                ,2
                north,4
                east,4,5
                """, false);

        assertThat(problems(regions.get(1))).containsExactly("column A: no region id; the first column names each region");
        assertThat(problems(regions.get(2))).containsExactly("column A: region 'north' is already row 2; each region has one row");
        assertThat(problems(regions.get(3))).containsExactly("column C: a value, but no question id at the top of the column");
    }

    @Test
    void aQuestionWithTwoColumnsRefusesTheSheet() {
        assertThatThrownBy(() -> csv("region,growth,growth\nnorth,1,2\n", false))
                .hasMessage("regions.csv row 1, column C: 'growth' is already column B; each question has one column");
    }

    @Test
    void csvAsSpreadsheetProgramsSaveIt() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "region;growth;sector\r\n\"north, upper\";3;tiles\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(text, 0, both, bom.length, text.length);

        assertThat(csv(both, false)).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo("north, upper"));
    }

    @Test
    void aFileThatIsNoSheetIsRefusedAsAWhole() {
        assertThatThrownBy(() -> csv("", false)).hasMessageStartingWith("regions.csv is empty: expected a header row");
        assertThatThrownBy(() -> csv(new byte[] {'r', ',', (byte) 0xE9, '\n'}, false))
                .hasMessage("regions.csv is not UTF-8 text; save it as CSV UTF-8");
        assertThatThrownBy(() -> csv("region,growth\nnorth,\"3\n", false))
                .hasMessageStartingWith("regions.csv near line 2: not readable as CSV");
    }

    @Test
    void aHeaderWithoutRegionsIsNoRegions() {
        assertThat(csv("region,growth\n", false)).isEmpty();
    }

    @Test
    void xlsxCellsReadAsTheSpreadsheetShowsThem() throws IOException {
        Path file = dir.resolve("regions.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("notes").createRow(0).createCell(0).setCellValue("not this sheet");
            Sheet sheet = workbook.createSheet("Answers");
            Row header = sheet.createRow(0);
            String[] ids = {"region", "red-tape", "growth", "export-share", "sector"};
            for (int i = 0; i < ids.length; i++) {
                header.createCell(i).setCellValue(ids[i]);
            }
            Row north = sheet.createRow(1);
            north.createCell(0).setCellValue("north");
            north.createCell(1).setCellValue(true);
            north.createCell(2).setCellFormula("1+2");
            north.createCell(3).setCellValue(0.35);
            north.getCell(3).setCellStyle(percent(workbook));
            // row 3 left out: an empty row
            Row south = sheet.createRow(3);
            south.createCell(0).setCellValue("south");
            south.createCell(4).setCellValue("boats");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        List<Region> regions = new ArrayList<>();
        new XlsxRegions(file, locus.ruleBase().questionnaire(), locus.answersReader(), false).read(regions::add);

        assertThat(answers(regions.get(0))).isEqualTo(new Answers(List.of(Answer.yesNo("red-tape", true),
                Answer.number("growth", 3), Answer.number("export-share", 35.0))));
        assertThat(regions.get(1).where()).isEqualTo(file + " row 4");
        assertThat(problems(regions.get(1))).singleElement().asString().startsWith("column E (sector): unknown option");
    }

    private static org.apache.poi.ss.usermodel.CellStyle percent(XSSFWorkbook workbook) {
        org.apache.poi.ss.usermodel.CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        return style;
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedInWordsWithoutLibraryNames() throws IOException {
        Path text = Files.writeString(dir.resolve("regions.xlsx"), "region,growth\n");
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Path ole = Files.write(dir.resolve("old.xlsx"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0, 0, 0, 0, 0});
        for (Path file : List.of(text, empty, ole)) {
            assertThatThrownBy(() -> new XlsxRegions(file, locus.ruleBase().questionnaire(), locus.answersReader(),
                    false).read(r -> { }))
                    .isInstanceOf(SheetException.class)
                    .hasMessageStartingWith(file.toString())
                    .hasMessageNotContaining("poi").hasMessageNotContaining("Exception");
        }
    }

    @Test
    void jsonLinesAreRegionsEachCheckedAlone() {
        byte[] lines = """
                {"id": "north", "answers": {"growth": 2}}
                {"answers": {"growth": "fast"}}

                {"id": "west", "answers": {"growth":
                """.getBytes(StandardCharsets.UTF_8);
        List<Region> regions = new ArrayList<>();
        new JsonRegions("in.jsonl", new ByteArrayInputStream(lines), lines.length, locus.answersReader()).read(regions::add);

        assertThat(regions).extracting(Region::id).containsExactly("north", "line 2", "line 4");
        assertThat(problems(regions.get(1))).singleElement().asString()
                .startsWith("/answers/growth: expected a whole number from 1");
        assertThat(problems(regions.get(2))).singleElement().asString().startsWith("document: not valid JSON");
        assertThat(regions.get(2).where()).isEqualTo("in.jsonl line 4");
    }
}
