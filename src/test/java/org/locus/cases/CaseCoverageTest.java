package org.locus.cases;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.locus.TestRuleBase;
import org.locus.knowledge.Catalogue;
import org.locus.questionnaire.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case library teaches the whole rule base: every finding is shown in at least one case (established, or
 * provisionally where the case's source leaves its confirming fact unstated), and every case tests for
 * false alarms on at least two findings whose questions it actually answers (an absent finding whose questions were
 * all left unknown proves nothing). Validation cases are left out: what they expect is what their published authors
 * concluded, which need not cover the rule base nor rule out two findings.
 */
class CaseCoverageTest {

    private static final List<LibraryCase> TEACHING = CaseLibraryTest.teachingCases().toList();

    @Test
    void everyFindingIsExpectedInSomeCase() {
        List<String> shown = TEACHING.stream().flatMap(c -> java.util.stream.Stream.concat(
                c.expected().findings().stream(), c.expected().provisionalFindings().stream())).toList();
        List<String> unshown = TestRuleBase.get().catalogue().findings().stream()
                .map(Catalogue.FindingEntry::id)
                .filter(id -> !shown.contains(id))
                .toList();
        assertThat(unshown).as("findings no case expects").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyCaseTestsForFalseAlarmsOnFindingsItsAnswersInform() {
        return TEACHING.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
            List<String> informed = new ArrayList<>();
            for (String finding : c.expected().absentFindings()) {
                boolean answered = TestRuleBase.get().questionnaire().questions().stream()
                        .filter(q -> q.informs().contains(finding))
                        .map(Question::id)
                        .anyMatch(c.answers()::isAnswered);
                if (answered) {
                    informed.add(finding);
                }
            }
            assertThat(informed).as("absent findings of %s that its answers inform", c.id()).hasSizeGreaterThanOrEqualTo(2);
        }));
    }
}
