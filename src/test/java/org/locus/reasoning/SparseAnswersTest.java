package org.locus.reasoning;

import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.cases.CaseLibraryTest;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Locus says on part of a region's answers, against what it says on all of them: for every library case, random
 * subsets of its answers at 30, 50 and 70 %. An established finding the full answers do not establish would be a
 * conclusion drawn from nothing, so there must be none; how much of the full diagnosis still shows (established or
 * provisional) and how often the full top recommendation stays in the top three are measured and written to
 * {@code target/sparse-answers.md} for {@code docs/knowledge-base.md}.
 */
class SparseAnswersTest {

    private static final long SEED = 7L;
    private static final int SUBSETS = 200;
    private static final double[] SHARES = {0.3, 0.5, 0.7};

    @Test
    void partialAnswersNeverEstablishWhatTheFullAnswersDoNot() throws IOException {
        Diagnostician diagnostician = TestRuleBase.diagnostician();
        Random random = new Random(SEED);
        StringBuilder table = new StringBuilder("| answers kept | subsets | established beyond the full case | "
                + "full findings shown (established) | full findings shown (established or provisional) | "
                + "full top recommendation in the top three |\n|---|---|---|---|---|---|\n");
        List<String> falseConclusions = new ArrayList<>();
        for (double share : SHARES) {
            int subsets = 0;
            int beyond = 0;
            double shownEstablished = 0;
            double shownAny = 0;
            int cases = 0;
            int topKept = 0;
            int topCases = 0;
            for (LibraryCase c : CaseLibraryTest.library().cases()) {
                DiagnosisResult full = diagnostician.diagnose(c.answers());
                Set<String> fullEstablished = Set.copyOf(full.establishedFindingIds());
                String fullTop = full.recommendations().isEmpty() ? null : full.recommendations().getFirst().id();
                List<Answer> answers = new ArrayList<>(c.answers().facts());
                for (int i = 0; i < SUBSETS; i++) {
                    Collections.shuffle(answers, random);
                    Answers part = new Answers(answers.subList(0, (int) Math.round(answers.size() * share)));
                    DiagnosisResult result = diagnostician.diagnose(part);
                    subsets++;
                    for (String f : result.establishedFindingIds()) {
                        if (!fullEstablished.contains(f)) {
                            beyond++;
                            falseConclusions.add(c.id() + " on " + part.facts() + ": " + f);
                        }
                    }
                    if (!fullEstablished.isEmpty()) {
                        cases++;
                        shownEstablished += fraction(result.establishedFindingIds(), fullEstablished);
                        shownAny += fraction(result.findingIds(), fullEstablished);
                    }
                    if (fullTop != null) {
                        topCases++;
                        topKept += result.recommendationIds().stream().limit(3).anyMatch(fullTop::equals) ? 1 : 0;
                    }
                }
            }
            table.append(String.format(Locale.ROOT, "| %d %% | %d | %d | %.0f %% | %.0f %% | %.0f %% |%n",
                    Math.round(share * 100), subsets, beyond, 100 * shownEstablished / cases, 100 * shownAny / cases,
                    100.0 * topKept / topCases));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "sparse-answers.md"), table);
        System.out.println(table);
        assertThat(falseConclusions).as("findings established on part of the answers but not on all of them")
                .isEmpty();
    }

    private static double fraction(List<String> shown, Set<String> full) {
        return shown.stream().filter(full::contains).count() / (double) full.size();
    }
}
