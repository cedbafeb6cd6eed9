package org.locus.rulebase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The format check of the rule scenarios: a near miss changes exactly one answer of its firing scenario. */
class RuleScenariosFormatTest {

    @TempDir
    Path folder;

    private List<String> problems(String yaml) throws IOException {
        Files.writeString(folder.resolve("x.yaml"), yaml);
        return RuleScenarios.read(folder).formatProblems();
    }

    @Test
    void aNearMissThatChangesOneAnswerOrAddsOnePasses() throws IOException {
        assertThat(problems("""
                - rule: R
                  fires:  {a: 3, b: true}
                  silent:
                    - {a: 2, b: true}
                    - {a: 3, b: unknown}
                    - {a: 3.0, b: true, c: x}
                  also:
                    - fires: {a: 5, b: true}
                      silent: {a: 5, b: false}
                """)).isEmpty();
    }

    @Test
    void aNearMissThatDropsChangesTwoChangesNoneOrIsEmptyIsReported() throws IOException {
        assertThat(problems("""
                - rule: R
                  fires:  {a: 3, b: true}
                  silent:
                    - {a: 3}
                    - {a: 2, b: false}
                    - {a: 3, b: true}
                    - {}
                  also:
                    - fires: {a: 5, b: true}
                      silent: {a: 4, b: false}
                - rule: S
                  fires: {a: 1}
                """)).containsExactly(
                "x.yaml, rule 'R': the near miss {\"a\":3} leaves out [b] (set it to another answer or to unknown instead)",
                "x.yaml, rule 'R': the near miss {\"a\":2,\"b\":false} changes 2 answers [a, b], where a near miss changes exactly one",
                "x.yaml, rule 'R': the near miss {\"a\":3,\"b\":true} changes no answer, where a near miss changes exactly one",
                "x.yaml, rule 'R': the near miss {} is empty",
                "x.yaml, rule 'R' (further firing scenario 1): the near miss {\"a\":4,\"b\":false} changes 2 answers [a, b], where a near miss changes exactly one",
                "x.yaml, rule 'S': no near miss (silent)");
    }
}
