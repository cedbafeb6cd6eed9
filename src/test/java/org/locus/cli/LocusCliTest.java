package org.locus.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line in-process, against the tiny test rule base so each run compiles little. */
class LocusCliTest {

    private static final String MINI = "src/test/resources/mini-rules";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LocusCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void diagnosePrintsRankedExplainedRecommendations() throws IOException {
        Path answers = file("a.json", "{\"answers\": {\"red-tape\": true, \"growth\": 1}}");

        Run run = run("diagnose", answers.toString(), "--rules", MINI);

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("### 1. Coordinate (score 3)", "### 2. Cut red tape (score 2)",
                "rule \"Lagging by growth\" (Focus on an enabling environment)",
                "How fast does the economy grow? **1 of 5 (1 = shrinking, 5 = booming)**");
        assertThat(run.out().indexOf("### 1. Coordinate")).isLessThan(run.out().indexOf("### 2. Cut red tape"));
    }

    @Test
    void diagnoseAsJsonPrintsTheResultDocumentOnly() throws IOException {
        Path answers = file("a.json", "{\"answers\": {\"red-tape\": true}}");

        Run run = run("diagnose", answers.toString(), "--format", "json", "--rules", MINI);

        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.path("recommendations").get(0).path("id").asString()).isEqualTo("cut-red-tape");
        assertThat(result.path("ruleBaseVersion").asString()).hasSize(12);
        assertThat(result.path("unanswered")).hasSize(4);
    }

    @Test
    void badInputGivesOneLineOnStderrAndExitTwo() throws IOException {
        assertOneLineError(run("diagnose", dir.resolve("missing.json").toString(), "--rules", MINI),
                "locus: " + dir.resolve("missing.json") + ": no such file");
        assertOneLineError(run("diagnose", file("bad.json", "{\"answers\": ").toString(), "--rules", MINI),
                "locus: document: not valid JSON at line 1");
        assertOneLineError(run("diagnose", file("q.json", "{\"answers\": {\"colour\": 1}}").toString(), "--rules", MINI),
                "locus: /answers/colour: unknown question 'colour'");
        assertOneLineError(run("diagnose", file("t.json", "{\"answers\": {\"red-tape\": 1}}").toString(), "--rules", MINI),
                "locus: /answers/red-tape: expected true, false or \"unknown\" for a yes-no question, got 1");
        assertOneLineError(run("diagnose", file("r.json", "{\"answers\": {\"export-share\": 101, \"growth\": 0}}").toString(), "--rules", MINI),
                "locus: /answers/export-share: 101 % is above the maximum 100 % (and 1 more)");
        assertOneLineError(run("diagnose", dir.toString(), "--rules", MINI), "locus: " + dir + " is a folder");
    }

    private static void assertOneLineError(Run run, String expectedStart) {
        assertThat(run.exit()).isEqualTo(LocusCli.EXIT_BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line).startsWith(expectedStart));
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aBrokenRulesFolderExitsThreeWithoutAStackTrace() throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("questionnaire.yaml"), "sections: [");

        Run run = run("diagnose", file("a.json", "{\"answers\": {}}").toString(), "--rules", rules.toString());

        assertThat(run.exit()).isEqualTo(LocusCli.EXIT_BAD_KNOWLEDGE_BASE);
        assertThat(run.err()).startsWith("locus: the knowledge base cannot be loaded: 3 problems:\n")
                .contains("  questionnaire.yaml: not valid YAML at line 1", "  " + rules + ": catalogue.yaml is missing",
                        "  no .drl rule files found")
                .doesNotContain("\tat ");
    }

    @Test
    void verifyCasesNamesEachMismatchAndExitsOne() throws IOException {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Files.writeString(cases.resolve("good.json"), caseFile("good", "{\"red-tape\": true}", "[\"red-tape-heavy\"]", "[\"cut-red-tape\"]"));
        Files.writeString(cases.resolve("bad.json"), caseFile("bad", "{\"red-tape\": false}", "[\"red-tape-heavy\"]", "[\"cut-red-tape\"]"));

        Run run = run("verify-cases", cases.toString(), "--rules", MINI);

        assertThat(run.exit()).isEqualTo(LocusCli.EXIT_MISMATCH);
        assertThat(run.out()).contains("ok    good", "FAIL  bad (bad.json)",
                "expected finding 'red-tape-heavy' is missing",
                "recommendation 'cut-red-tape' is not in the top 5 (not made)", "1 passed, 1 failed");
    }

    @Test
    void verifyCasesScoresValidationCasesWithoutFailingOnTheirMisses() throws IOException {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Files.writeString(cases.resolve("good.json"), caseFile("good", "{\"red-tape\": true}", "[\"red-tape-heavy\"]", "[\"cut-red-tape\"]"));
        Files.writeString(cases.resolve("study.json"), validationCaseFile("study", "true"));

        Run run = run("verify-cases", cases.toString(), "--rules", MINI);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("ok    good", "1 passed, 0 failed",
                "Validation set: 1 regions from published studies (scored, not failed)",
                "study  1/3        1/1              0/1",
                "      missed finding 'shoe-chain': not made",
                "      missed finding 'two-tier-exclusion': not in the knowledge base",
                "      false positive 'slow-growth': established, but the source rules it out",
                "      recommendation 'map-chain' not in the top 5: not made",
                "recall 33 % (1/3; 50 % of the 2 findings the knowledge base has), 1 false positives, "
                        + "0 of 1 recommendations in the top five")
                .doesNotContain("FAIL");
    }

    @Test
    void verifyCasesRejectsAMalformedValidationCase() throws IOException {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Files.writeString(cases.resolve("study.json"), validationCaseFile("study", "\"yes\""));

        Run run = run("verify-cases", cases.toString(), "--rules", MINI);

        assertThat(run.exit()).isEqualTo(LocusCli.EXIT_BAD_KNOWLEDGE_BASE);
        assertThat(run.err()).contains("study.json: 'validation' must be true or false, not \"yes\"");
    }

    private static String validationCaseFile(String id, String mark) {
        return """
                {"id": "%s", "validation": %s, "title": "T", "place": "P", "period": "1990s", "sector": "S",
                 "summary": "Sum", "sources": ["Author, A. (1999), 'Title', Journal 1(1)"], "assumed": [],
                 "answers": {"red-tape": true, "growth": 1},
                 "expected": {"findings": ["red-tape-heavy", "shoe-chain", "two-tier-exclusion"],
                              "absentFindings": ["slow-growth"], "topRecommendations": ["map-chain"]},
                 "teachingNotes": "N"}
                """.formatted(id, mark);
    }

    @Test
    void verifyCasesRejectsACaseThatNamesAnUnknownFinding() throws IOException {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Files.writeString(cases.resolve("typo.json"), caseFile("typo", "{}", "[\"red-tape-heavvy\"]", "[]"));

        Run run = run("verify-cases", cases.toString(), "--rules", MINI);

        assertThat(run.exit()).isEqualTo(LocusCli.EXIT_BAD_KNOWLEDGE_BASE);
        assertThat(run.err()).contains("typo.json: expected finding 'red-tape-heavvy' is not in the catalogue");
    }

    @Test
    void ruleCoverageListsTheCasesThatFireEachRuleAndTheRulesNoneFires() throws IOException {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Files.writeString(cases.resolve("tape.json"), caseFile("tape", "{\"red-tape\": true}", "[\"red-tape-heavy\"]", "[]"));
        Path report = dir.resolve("coverage.md");

        Run run = run("rule-coverage", "--cases", cases.toString(), "--out", report.toString(), "--rules", MINI);

        assertThat(run.exit()).isZero();
        assertThat(Files.readString(report)).contains("2 of 10 rules are fired by at least one case",
                "| Red tape | Upside of LED | tape |", "| Cut red tape when heavy | Upside of LED | tape |",
                "| Shoe exporters | Value chains | **none** |");
    }

    @Test
    void ruleCoverageCountsTeachingCasesOnly() throws IOException {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Files.writeString(cases.resolve("tape.json"), caseFile("tape", "{\"red-tape\": true}", "[\"red-tape-heavy\"]", "[]"));
        Files.writeString(cases.resolve("study.json"), validationCaseFile("study", "true"));
        Path report = dir.resolve("coverage.md");

        Run run = run("rule-coverage", "--cases", cases.toString(), "--out", report.toString(), "--rules", MINI);

        assertThat(run.exit()).isZero();
        // the study fires the growth rules too, but a validation case is no worked example
        assertThat(Files.readString(report)).contains("2 of 10 rules are fired by at least one case")
                .doesNotContain("study");
    }

    @Test
    void ruleCoverageToStandardOutputPrintsTheWholeReport() throws IOException {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Files.writeString(cases.resolve("tape.json"), caseFile("tape", "{\"red-tape\": true}", "[\"red-tape-heavy\"]", "[]"));
        StringWriter printed = new StringWriter();
        // as System.out is wrapped by main: buffered, flushed only on a line end
        PrintWriter out = new PrintWriter(new BufferedWriter(printed, 1 << 16));

        int exit = LocusCli.run(new String[] {"rule-coverage", "--cases", cases.toString(), "--out", "-", "--rules", MINI},
                out, new PrintWriter(new StringWriter(), true));

        assertThat(exit).isZero();
        assertThat(printed.toString()).startsWith("# Rule coverage").contains("| Shoe exporters | Value chains | **none** |").endsWith("\n");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = run("diagnose", "--colour", "x");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void aWordThatIsNoCommandIsNotTakenForTheServer() {
        Run run = run("chek", "rules");

        assertThat(LocusCli.startsServer(new String[] {"chek", "rules"})).isFalse();
        assertThat(run.exit()).isEqualTo(LocusCli.EXIT_BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("locus: no such command 'chek'; did you mean check?\n")
                .contains("Commands: diagnose, verify-cases, rule-coverage, check, serve, help");
    }

    @Test
    void theNearestCommandsAreThoseAFewEditsAway() {
        assertThat(Nearest.to("chek", java.util.List.of("check", "help", "diagnose"))).containsExactly("check");
        assertThat(Nearest.to("diangose", java.util.List.of("check", "diagnose"))).containsExactly("diagnose");
        assertThat(Nearest.to("verify", java.util.List.of("verify-cases", "check"))).containsExactly("verify-cases");
        assertThat(Nearest.to("frobnicate", java.util.List.of("verify-cases", "check"))).isEmpty();
    }

    @Test
    void onlyNoArgumentsOrServeStartTheServer() {
        assertThat(LocusCli.startsServer(new String[0])).isTrue();
        assertThat(LocusCli.startsServer(new String[] {"serve"})).isTrue();
        assertThat(LocusCli.startsServer(new String[] {"serve", "--server.port=9090"})).isTrue();
        assertThat(LocusCli.startsServer(new String[] {"serve", "--help"})).isFalse();
        assertThat(LocusCli.startsServer(new String[] {"--server.port=9090"})).isFalse();
        assertThat(LocusCli.startsServer(new String[] {"diagnose", "a.json"})).isFalse();
    }

    @Test
    void aSpringOptionWithoutServeSaysWhereItGoes() {
        Run run = run("--server.port=9090");

        assertThat(run.exit()).isEqualTo(LocusCli.EXIT_BAD_INPUT);
        assertThat(run.err()).isEqualTo("locus: unknown option '--server.port=9090'; Spring Boot options go after "
                + "serve: java -jar locus.jar serve --server.port=9090\n");
    }

    @Test
    void theHelpListsCommandsAndExitCodes() {
        Run run = run("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("check", "serve", "Exit codes:", "3   the knowledge base has problems");
    }

    @Test
    void checkSaysAFolderHasNoProblems() {
        Run run = run("check", MINI);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith(MINI + ": no problems (10 rules, ");
    }

    @Test
    void checkPrintsEveryProblemWithFileAndLineAndExitsThree() throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        for (String name : new String[] {"questionnaire.yaml", "catalogue.yaml"}) {
            Files.copy(Path.of(MINI, name), rules.resolve(name));
        }
        String drl = Files.readString(Path.of(MINI, "mini.drl"));
        Files.writeString(rules.resolve("a.drl"), drl.replace("Answer(question == \"sector\", value == \"shoes\")",
                "Answer(question == \"sector\", value == \"shoes\""));
        Files.writeString(rules.resolve("b.drl"), "package org.locus.rules;\nrule \"x\"\nwhen\n    Answer(\nthen\nend\n");

        Run run = run("check", rules.toString());

        assertThat(run.exit()).isEqualTo(LocusCli.EXIT_BAD_KNOWLEDGE_BASE);
        assertThat(run.out().lines()).contains(rules + ": 2 problems")
                .anySatisfy(l -> assertThat(l).startsWith("a.drl:43: '(' is never closed"))
                .anySatisfy(l -> assertThat(l).startsWith("b.drl:4: '(' is never closed"));
    }

    @Test
    void checkOfAFolderThatIsNotThereIsBadInput() {
        Run run = run("check", dir.resolve("nowhere").toString());

        assertThat(run.exit()).isEqualTo(LocusCli.EXIT_BAD_INPUT);
        assertThat(run.err()).isEqualTo("locus: " + dir.resolve("nowhere") + ": no such folder\n");
    }

    @Test
    void anUnusableFileIsTurnedAwayBeforeTheRulesAreLoaded() throws IOException {
        // the rules folder is broken: the answers are rejected first, so it is never read
        Path broken = Files.createDirectory(dir.resolve("broken"));
        assertOneLineError(run("diagnose", file("empty.json", "").toString(), "--rules", broken.toString()),
                "locus: document: the document is empty");
    }

    @Test
    void binaryOrWronglyEncodedInputIsNamedAsSuch() throws IOException {
        Path utf16 = Files.write(dir.resolve("utf16.json"),
                "\uFEFF{\"answers\": {}}".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path latin1 = Files.write(dir.resolve("latin1.json"),
                "{\"answers\": {\"sector\": \"caf\u00e9\"}}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertOneLineError(run("diagnose", utf16.toString(), "--rules", MINI),
                "locus: " + utf16 + " is UTF-16 (or UTF-32) text; save it as UTF-8");
        assertOneLineError(run("diagnose", binary.toString(), "--rules", MINI),
                "locus: " + binary + " is not text (a zero byte at offset 4)");
        assertOneLineError(run("diagnose", latin1.toString(), "--rules", MINI),
                "locus: " + latin1 + " is not UTF-8 text");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws IOException {
        Path withBom = Files.write(dir.resolve("bom.json"),
                ("\uFEFF{\"answers\": {\"red-tape\": true}}").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(run("diagnose", withBom.toString(), "--rules", MINI).exit()).isZero();
    }

    @Test
    void aFileOverTheLimitIsRejectedWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("huge.json");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(Inputs.MAX_SIZE + 1L); // sparse: takes no disk
        }

        assertOneLineError(run("diagnose", huge.toString(), "--rules", MINI),
                "locus: " + huge + " is larger than 16 MB, the most the command line reads");
    }

    static String caseFile(String id, String answers, String findings, String top) {
        return """
                {"id": "%s", "title": "T", "place": "P", "period": "2000s", "sector": "S", "summary": "Sum",
                 "sources": ["Upside of LED"], "assumed": [], "answers": %s,
                 "expected": {"findings": %s, "absentFindings": [], "topRecommendations": %s},
                 "teachingNotes": "N"}
                """.formatted(id, answers, findings, top);
    }
}
