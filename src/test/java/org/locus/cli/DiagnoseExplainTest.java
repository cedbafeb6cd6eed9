package org.locus.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code diagnose --explain} on the analysis test rule base (src/test/resources/analysis-rules), whose analysis is
 * known by construction (see {@code org.locus.analysis.AnalystTest}).
 */
class DiagnoseExplainTest {

    private static final String RULES = "src/test/resources/analysis-rules";
    private static final String ANSWERS = """
            {"answers": {"a": true, "level": 5, "g": true, "b": true, "veto": false, "share": 50, "kind": "y",
                         "d": false, "j": false}}""";

    @TempDir
    Path folder;

    @Test
    void explainAddsTheAnalysisSectionToTheReport() throws Exception {
        String report = run("diagnose", answersFile().toString(), "--rules", RULES, "--explain");
        assertThat(report).contains("## Beyond the trace")
                .contains("1. **Recommendation one**: robust (no single changed answer pushes it out)")
                .contains("3. **Recommendation three**: fragile (4 questions can each push it out)")
                .contains("### To sharpen this result, answer these first\n\n- **Is E the case?** (Part two)\n"
                        + "  - yes: Recommendation two moves from rank 2 to rank 3; Recommendation three leaves the top three "
                        + "(now rank 4); Recommendation six enters the top three at rank 2 (was not made)\n"
                        + "  - no: the top three stay as they are\n")
                .contains("- **Recommendation five** (Part two): not made\n"
                        + "  - Would argue for it: C and D (+6), but rule \"Five from C and D\" does not fire:\n"
                        + "    - The finding \"C and D\" is not made.\n"
                        + "      - rule \"C and D\" (Part two) would give it, but:\n"
                        + "        - \"Is C the case?\" is answered don't know; the rule needs yes.\n"
                        + "        - \"Is D the case?\" is answered no; the rule needs yes.\n"
                        + "  - Enters the top three if \"Is C the case?\" from don't know to yes and \"Is D the case?\" from no to yes\n")
                .contains("*Tried:* 25 single answer changes and 13 pairs.");
    }

    @Test
    void explainPutsTheAnalysisInTheJsonDocumentAndAPlainDiagnosisLeavesItOut() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode explained = json.readTree(run("diagnose", answersFile().toString(), "--rules", RULES, "--explain", "--format", "json"));
        assertThat(explained.path("analysis").path("robustness").get(2).path("label").asString()).isEqualTo("fragile");
        assertThat(explained.path("analysis").path("nextQuestions").get(0).path("question").asString()).isEqualTo("e");

        JsonNode plain = json.readTree(run("diagnose", answersFile().toString(), "--rules", RULES, "--format", "json"));
        assertThat(plain.has("analysis")).isFalse();
        assertThat(plain.path("recommendations")).isEqualTo(explained.path("recommendations"));
    }

    private Path answersFile() throws Exception {
        return Files.writeString(folder.resolve("answers.json"), ANSWERS);
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LocusCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        return out.toString();
    }
}
