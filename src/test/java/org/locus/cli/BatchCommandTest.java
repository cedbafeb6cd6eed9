package org.locus.cli;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locus.Locus;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.questionnaire.Answers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code batch} and {@code template} in-process, against the tiny test rule base. */
class BatchCommandTest {

    private static final String MINI = "src/test/resources/mini-rules";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHEET = """
            region,red-tape,growth,remote,sector,export-share
            north,yes,1,,,
            typo,maybe,1,,,
            south,no,,yes,shoes,60
            """;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--rules";
        all[args.length + 1] = MINI;
        int exit = LocusCli.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static List<JsonNode> lines(String out) {
        return out.lines().map(JSON::readTree).toList();
    }

    @Test
    void csvInJsonLinesOutOneResultPerRegionTheBadRowNamedAndTheOthersDiagnosed() throws IOException {
        Run run = run("batch", file("regions.csv", SHEET).toString());

        assertThat(run.exit()).as("a region failed").isEqualTo(1);
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).extracting(l -> l.path("id").asString()).containsExactly("north", "typo", "south");
        assertThat(lines.get(0).path("result").path("recommendations").get(0).path("id").asString()).isEqualTo("coordinate");
        assertThat(lines.get(0).path("result").path("recommendations").get(0).path("trace")).as("light by default").isEmpty();
        assertThat(lines.get(1).path("result").isMissingNode()).isTrue();
        assertThat(lines.get(1).path("source").asString()).endsWith("regions.csv row 3");
        assertThat(lines.get(1).path("problems").get(0).asString()).startsWith("column B (red-tape): expected true, false");
        assertThat(lines.get(2).path("result").path("recommendations").valueStream().map(r -> r.path("id").asString()))
                .contains("map-chain");
        assertThat(run.err()).contains("regions.csv row 3: column B (red-tape): expected true, false or \"unknown\" "
                + "for a yes-no question, got \"maybe\"; the cell takes yes or no, or stays empty for don't know");
        assertThat(run.err()).contains("3 regions: 2 diagnosed, 1 failed");
    }

    @Test
    void csvOutNamesTopRecommendationsWithScoresAndFindingsByStatus() throws IOException {
        Path out = dir.resolve("results.csv");
        Run run = run("batch", file("regions.csv", SHEET).toString(), "--out", out.toString(), "--top", "2");

        assertThat(run.exit()).isEqualTo(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(out))).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("region", "source", "outcome",
                "recommendation_1", "score_1", "status_1", "recommendation_2", "score_2", "status_2",
                "established_findings", "provisional_findings", "unanswered", "problems");
        CSVRecord north = rows.get(0);
        assertThat(north.get("outcome")).isEqualTo("diagnosed");
        assertThat(north.get("recommendation_1")).isEqualTo("coordinate");
        assertThat(north.get("score_1")).isEqualTo("3");
        assertThat(north.get("recommendation_2")).isEqualTo("cut-red-tape");
        assertThat(north.get("score_2")).isEqualTo("2");
        assertThat(north.get("established_findings")).isEqualTo("red-tape-heavy; slow-growth");
        assertThat(north.get("unanswered")).isEqualTo("3");
        assertThat(rows.get(1).get("outcome")).isEqualTo("failed");
        assertThat(rows.get(1).get("problems")).startsWith("column B (red-tape)");
        // with the results in a file, the summary is on standard output and the problems on standard error
        assertThat(run.out()).contains("3 regions: 2 diagnosed, 1 failed", "results in " + out);
        assertThat(run.err()).contains("regions.csv row 3").doesNotContain("diagnosed,");
    }

    @Test
    void aProvisionalFindingIsSaidToBeProvisional() throws IOException {
        // growth 1 alone: the place is lagging by growth; slow growth rests on it, with 'remote' unanswered
        Path out = dir.resolve("results.csv");
        run("batch", file("regions.csv", "region,growth\nslow,1\n").toString(), "--out", out.toString());

        DiagnosisResult expected = Locus.withoutCases(Path.of(MINI)).diagnostician()
                .diagnose(Locus.withoutCases(Path.of(MINI)).answersReader().read("{\"answers\": {\"growth\": 1}}"));
        CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(out))).getRecords().get(0);
        assertThat(row.get("established_findings")).isEqualTo(String.join("; ", expected.establishedFindingIds()));
        assertThat(row.get("provisional_findings")).isEqualTo(String.join("; ", expected.findings().stream()
                .filter(f -> !f.established()).map(DiagnosisResult.FindingResult::id).toList()));
        assertThat(row.get("status_1")).isEqualTo(expected.recommendations().get(0).status());
    }

    @Test
    void xlsxInAndOutResultsSheetAndASheetPerRegion() throws IOException {
        Path template = dir.resolve("regions.xlsx");
        assertThat(run("template", "--out", template.toString()).exit()).isZero();
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet answers = workbook.getSheet("answers");
            Row north = answers.createRow(3);
            north.createCell(0).setCellValue("north");
            north.createCell(1).setCellValue("yes");
            north.createCell(2).setCellValue(1);
            Row south = answers.createRow(4);
            south.createCell(0).setCellValue("south");
            south.createCell(4).setCellValue("boats");
            try (var out = Files.newOutputStream(template)) {
                workbook.write(out);
            }
        }
        Path out = dir.resolve("results.xlsx");
        Run run = run("batch", template.toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("row 5: column E (sector): unknown option \"boats\"");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook results = new XSSFWorkbook(in)) {
            assertThat(results.getSheetName(0)).isEqualTo("results");
            Sheet sheet = results.getSheet("results");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("north");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("coordinate");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(1).getCell(0).getHyperlink().getAddress()).isEqualTo("'north'!A1");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("failed");
            Sheet north = results.getSheet("north");
            assertThat(north.getRow(3).getCell(1).getStringCellValue()).isEqualTo("coordinate");
            assertThat(north.getRow(4).getCell(1).getStringCellValue()).isEqualTo("cut-red-tape");
            assertThat(results.getSheet("south")).as("a failed region has no sheet").isNull();
        }
    }

    @Test
    void theXlsxTemplateHasTextsAllowedValuesAndDropDownsAndReadsBackUnchanged() throws IOException {
        Path template = dir.resolve("regions.xlsx");
        Run written = run("template", "--out", template.toString());
        assertThat(written.out()).contains("wrote " + template + ": 5 questions");

        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet answers = workbook.getSheet("answers");
            assertThat(answers.getRow(0).getCell(1).getStringCellValue()).isEqualTo("red-tape");
            assertThat(answers.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Is red tape heavy?");
            assertThat(answers.getRow(2).getCell(5).getStringCellValue()).isEqualTo("a number from 0 to 100 (%)");
            List<String> lists = answers.getDataValidations().stream()
                    .map(v -> v.getValidationConstraint().getFormula1()).toList();
            assertThat(lists).contains("lists!$A$1:$A$2", "lists!$D$1:$D$2", "0");
            assertThat(answers.getDataValidations()).allSatisfy(v ->
                    assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP));
            assertThat(workbook.getSheet("lists").getRow(1).getCell(3).getStringCellValue()).isEqualTo("shoes");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("lists"))).isTrue();
            assertThat(workbook.getSheet("questions").getRow(4).getCell(0).getStringCellValue()).isEqualTo("sector");
        }
        Run read = run("batch", template.toString());
        assertThat(read.exit()).isZero();
        assertThat(read.out()).isEmpty();
        assertThat(read.err()).contains("0 regions: 0 diagnosed, 0 failed");
    }

    @Test
    void theCsvTemplateFilledInReadsBackAsTheSameAnswers() throws IOException {
        Run template = run("template", "--format", "csv");
        assertThat(template.out().lines().toList()).hasSize(3);
        assertThat(template.out()).startsWith("region,red-tape,growth,remote,sector,export-share\n\"# question\",")
                .contains("\"# allowed values (empty = don't know)\",yes or no,a whole number from 1 (shrinking) to 5 (booming),");
        Path filled = file("filled.csv", template.out() + "north,no,4,yes,tiles,12.5\n");

        Run run = run("batch", filled.toString());

        assertThat(run.exit()).isZero();
        Locus locus = Locus.withoutCases(Path.of(MINI));
        Answers expected = locus.answersReader().read("{\"answers\": {\"red-tape\": false, \"growth\": 4, "
                + "\"remote\": true, \"sector\": \"tiles\", \"export-share\": 12.5}}");
        JsonNode result = lines(run.out()).getFirst().path("result");
        assertThat(result.path("unanswered")).isEmpty();
        assertThat(JSON.writeValueAsString(result)).isEqualTo(JSON.writeValueAsString(
                locus.diagnostician().diagnose(expected).withoutTraces()));
    }

    @Test
    void anEmptySheetIsRefusedWithExitTwo() throws IOException {
        Run run = run("batch", file("empty.csv", "").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("locus: " + dir.resolve("empty.csv") + " is empty: expected a header row");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aSheetThatBreaksOffKeepsTheResultsOfTheRowsBeforeAndExitsTwo() throws IOException {
        Run run = run("batch", file("broken.csv", "region,growth\nnorth,1\nsouth,2\neast,\"3\n").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(lines(run.out())).extracting(l -> l.path("id").asString()).containsExactly("north", "south");
        assertThat(run.err()).contains("broken.csv near line 4: not readable as CSV");
    }

    @Test
    void unknownColumnsAreRefusedUnlessIgnored() throws IOException {
        Path sheet = file("regions.csv", "region,growth,grwth,notes\nnorth,1,2,hello\n");

        Run refused = run("batch", sheet.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("row 1, column C: unknown question 'grwth'", "row 1, column D: unknown question 'notes'",
                "--ignore-unknown-columns").doesNotContain("Exception");

        Run ignored = run("batch", sheet.toString(), "--ignore-unknown-columns");
        assertThat(ignored.exit()).isZero();
        assertThat(lines(ignored.out()).getFirst().path("result").path("unanswered")).hasSize(4);
    }

    @Test
    void documentsAFolderAndJsonLinesOnStandardInput() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("regions"));
        Files.writeString(folder.resolve("b-north.json"), "{\"answers\": {\"red-tape\": true}}");
        Files.writeString(folder.resolve("a-named.json"), "{\"id\": \"given\", \"answers\": {}}");
        Files.writeString(folder.resolve("c-bad.json"), "{\"answers\": {\"red-tape\": 1}}");
        Path lines = file("more.jsonl", "{\"id\": \"l1\", \"answers\": {\"growth\": 2}}\n");

        Run run = run("batch", folder.toString(), lines.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(lines(run.out())).extracting(l -> l.path("id").asString())
                .containsExactly("given", "b-north", "c-bad", "l1");
        assertThat(run.err()).contains("c-bad.json: /answers/red-tape: expected true, false");

        InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("{\"id\": \"s\", \"answers\": {\"red-tape\": true}}\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Run piped = run("batch", "-", "--progress", "never");
            assertThat(piped.exit()).isZero();
            assertThat(lines(piped.out()).getFirst().path("id").asString()).isEqualTo("s");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void inputsThatCannotBeUsedAreOneLineEachBeforeTheRulesLoad() throws IOException {
        Run missing = run("batch", dir.resolve("nope.csv").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("locus: " + dir.resolve("nope.csv") + ": no such file or folder\n");

        Run unknown = run("batch", file("regions.txt", "x").toString());
        assertThat(unknown.err()).contains("cannot tell its format from its name");

        Path sheet = file("regions.csv", SHEET);
        Run overwrite = run("batch", sheet.toString(), "--out", sheet.toString());
        assertThat(overwrite.exit()).isEqualTo(2);
        assertThat(overwrite.err()).contains("is also an input");
        assertThat(Files.readString(sheet)).isEqualTo(SHEET);

        Run xls = run("batch", file("regions.xls", "x").toString());
        assertThat(xls.err()).contains("is an Excel 97-2003 workbook; save it as .xlsx");
    }

    @Test
    void theProgressBarIsDrawnOnlyWhenAsked() throws IOException {
        Path sheet = file("regions.csv", SHEET);
        assertThat(run("batch", sheet.toString(), "--progress", "always").err()).contains("\r");
        // standard error of a test is no terminal: auto draws nothing
        assertThat(run("batch", sheet.toString()).err()).doesNotContain("\r");
    }

    @Test
    void tenThousandRegionsFromOneCsvEachAsDiagnosedAlone() throws IOException {
        Random random = new Random(20);
        StringBuilder csv = new StringBuilder("region,red-tape,growth,remote,sector,export-share\n");
        List<String> bad = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            String growth = random.nextInt(6) == 0 ? "" : String.valueOf(1 + random.nextInt(5));
            String sector = switch (random.nextInt(3)) { case 0 -> "tiles"; case 1 -> "shoes"; default -> ""; };
            String share = i % 1_000 == 0 ? "140" : random.nextBoolean() ? "" : String.valueOf(random.nextInt(101));
            if (i % 1_000 == 0) {
                bad.add("r" + i);
            }
            csv.append("r").append(i).append(',').append(pick(random)).append(',').append(growth).append(',')
                    .append(pick(random)).append(',').append(sector).append(',').append(share).append('\n');
        }
        Path sheet = file("big.csv", csv.toString());
        Path out = dir.resolve("big.jsonl");

        long start = System.nanoTime();
        Run run = run("batch", sheet.toString(), "--out", out.toString());
        System.out.println("10,000 regions: " + (System.nanoTime() - start) / 1_000_000 + " ms");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("10000 regions: 9990 diagnosed, 10 failed");
        Locus locus = Locus.withoutCases(Path.of(MINI));
        List<String> rows = csv.toString().lines().skip(1).toList();
        List<String> results = Files.readAllLines(out);
        assertThat(results).hasSize(10_000);
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            JsonNode line = JSON.readTree(results.get(i));
            assertThat(line.path("id").asString()).isEqualTo("r" + (i + 1));
            if (line.has("problems")) {
                failed.add(line.path("id").asString());
                continue;
            }
            String[] cells = rows.get(i).split(",", -1);
            Map<String, Object> answers = new java.util.LinkedHashMap<>();
            String[] ids = {"red-tape", "growth", "remote", "sector", "export-share"};
            for (int c = 1; c < cells.length; c++) {
                if (!cells[c].isEmpty()) {
                    answers.put(ids[c - 1], c == 1 || c == 3 ? (Object) cells[c].equals("yes")
                            : c == 4 ? cells[c] : (Object) Integer.parseInt(cells[c]));
                }
            }
            DiagnosisResult expected = locus.diagnostician().diagnose(
                    locus.answersReader().read(JSON.writeValueAsString(Map.of("answers", answers))));
            assertThat(line.path("result").path("recommendations").valueStream()
                    .map(r -> r.path("id").asString() + " " + r.path("score").asDouble()).collect(Collectors.joining(", ")))
                    .as("row %d", i + 2)
                    .isEqualTo(expected.recommendations().stream().map(r -> r.id() + " " + r.score())
                            .collect(Collectors.joining(", ")));
            assertThat(line.path("result").path("findings").valueStream()
                    .map(f -> f.path("id").asString() + " " + f.path("status").asString()).toList())
                    .isEqualTo(expected.findings().stream().map(f -> f.id() + " " + f.status()).toList());
        }
        assertThat(failed).isEqualTo(bad);
    }

    private static String pick(Random random) {
        return switch (random.nextInt(3)) { case 0 -> "yes"; case 1 -> "no"; default -> ""; };
    }
}
