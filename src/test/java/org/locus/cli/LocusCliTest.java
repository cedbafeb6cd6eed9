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
        assertThat(run.err()).startsWith("locus: the knowledge base cannot be loaded: questionnaire.yaml: not valid YAML")
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

    static String caseFile(String id, String answers, String findings, String top) {
        return """
                {"id": "%s", "title": "T", "place": "P", "period": "2000s", "sector": "S", "summary": "Sum",
                 "sources": ["Upside of LED"], "assumed": [], "answers": %s,
                 "expected": {"findings": %s, "absentFindings": [], "topRecommendations": %s},
                 "teachingNotes": "N"}
                """.formatted(id, answers, findings, top);
    }
}
