package org.locus.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar as a user runs it: the rules and cases come from inside the jar. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/locus.jar");
    private static final Path SAMPLE = Path.of("cases/castellon-ceramic-tiles.json");

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void jarExists() {
        assertThat(JAR).as("run after 'mvn package'").exists();
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("locus-out", ".txt");
        Path err = Files.createTempFile("locus-err", ".txt");
        // run outside the project folder, so the jar cannot fall back on ./rules or ./cases
        Process process = new ProcessBuilder(command).directory(Files.createTempDirectory("locus-cwd").toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theTemplateFilledInIsDiagnosedByBatchWithThePackagedRulesAndNoLogNoise() throws Exception {
        Path dir = Files.createTempDirectory("locus-batch");
        Path template = dir.resolve("regions.xlsx");
        Run written = java("template", "--out", template.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.err()).isEmpty();
        Run csv = java("template", "--format", "csv");
        Path sheet = Files.writeString(dir.resolve("regions.csv"), csv.out()
                + "north,yes,4" + ",".repeat(csv.out().lines().findFirst().orElseThrow().split(",").length - 3) + "\n");

        Run xlsx = java("batch", template.toString(), "--out", dir.resolve("results.xlsx").toString());
        Run run = java("batch", sheet.toString());

        assertThat(xlsx.exit()).as(xlsx.err()).isZero();
        assertThat(xlsx.out()).contains("0 regions: 0 diagnosed, 0 failed");
        assertThat(dir.resolve("results.xlsx")).exists();
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode line = new ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(line.path("id").asString()).isEqualTo("north");
        assertThat(line.path("result").path("unanswered").size()).isEqualTo(
                csv.out().lines().findFirst().orElseThrow().split(",").length - 3);
        assertThat(run.err()).startsWith("1 region: 1 diagnosed, 0 failed").doesNotContain("WARN", "log4j", "StatusLogger");
    }

    @Test
    void diagnosesTheSampleCaseWithRankedExplainedRecommendations() throws Exception {
        Run run = java("diagnose", SAMPLE.toAbsolutePath().toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("## Summary", "## Recommendations", "### 1. ", "*Why:*", "*Chapter:*");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void explainAddsTheFourAnalysesFromThePackagedRules() throws Exception {
        Run run = java("diagnose", SAMPLE.toAbsolutePath().toString(), "--explain");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("## Beyond the trace", "### How robust is the top three",
                "### To sharpen this result, answer these first", "### What if", "### Why not the others", "*Tried:* ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsTheResultDocumentAsJson() throws Exception {
        Run run = java("diagnose", SAMPLE.toAbsolutePath().toString(), "--format", "json");

        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.path("recommendations").get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(result.path("recommendations").get(0).path("trace")).isNotEmpty();
        assertThat(result.propertyNames())
                .containsExactly("ruleBaseVersion", "situation", "findings", "recommendations", "unanswered");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path bad = Files.writeString(Files.createTempFile("bad", ".json"), "{\"answers\": {\"no-such-question\": true}}");

        Run run = java("diagnose", bad.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("locus: /answers/no-such-question: unknown question 'no-such-question'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void checksThePackagedRules() throws Exception {
        Run run = java("check");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("the packaged rules: no problems (");
    }

    @Test
    void aMistypedCommandStartsNoServer() throws Exception {
        Run run = java("chek", "rules");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("locus: no such command 'chek'; did you mean check?");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theServerExitsAsTheCommandLineDoesOnABrokenKnowledgeBase() throws Exception {
        Path rules = Files.createTempDirectory("locus-broken-rules");
        Files.writeString(rules.resolve("questionnaire.yaml"), "sections: [");

        Run server = java("serve", "--locus.rules-dir=" + rules, "--server.port=0", "--management.server.port=0");
        Run cli = java("diagnose", SAMPLE.toAbsolutePath().toString(), "--rules", rules.toString());

        assertThat(server.exit()).as(server.out() + server.err()).isEqualTo(3).isEqualTo(cli.exit());
        assertThat(server.out() + server.err()).contains("cannot be loaded, 3 problems",
                        "questionnaire.yaml: not valid YAML at line 1", "catalogue.yaml is missing")
                .doesNotContain("\tat ", "Exception", "Error creating bean");
    }

    @Test
    void verifiesThePackagedCaseLibrary() throws Exception {
        Run run = java("verify-cases");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("0 failed");
    }
}
