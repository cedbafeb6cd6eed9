package org.locus.cases;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.locus.TestRuleBase;
import org.locus.knowledge.Catalogue;
import org.locus.questionnaire.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case library teaches the value chain half of the rule base: every value-chain finding is shown in at least one
 * case, and every case that shows one also tests for false alarms on at least two findings whose questions it
 * answers (an absent finding whose questions were all left unknown proves nothing).
 */
class ValueChainCaseCoverageTest {

    /** The concerns (one rule file each) of the value chain sections and the conclusions of the chapter. */
    static final Set<String> VALUE_CHAIN_CONCERNS =
            Set.of("value-chain-entry", "value-chain-upgrading", "immiserising-growth", "national-strategy");

    private static final CaseLibrary LIBRARY = CaseLibraryTest.library();

    @Test
    void everyValueChainFindingIsExpectedInSomeCase() {
        List<String> shown = LIBRARY.cases().stream().flatMap(c -> c.expected().findings().stream()).toList();
        List<String> unshown = valueChainFindings().stream().filter(id -> !shown.contains(id)).toList();
        assertThat(valueChainFindings()).isNotEmpty();
        assertThat(unshown).as("value-chain findings no case expects").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyValueChainCaseTestsForFalseAlarmsOnFindingsItsAnswersInform() {
        List<String> valueChainFindings = valueChainFindings();
        return LIBRARY.cases().stream()
                .filter(c -> c.expected().findings().stream().anyMatch(valueChainFindings::contains))
                .map(c -> DynamicTest.dynamicTest(c.id(), () -> {
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
                    assertThat(informed).as("absent findings of %s that its answers inform", c.id())
                            .hasSizeGreaterThanOrEqualTo(2);
                }));
    }

    private static List<String> valueChainFindings() {
        return TestRuleBase.get().catalogue().findings().stream()
                .filter(f -> VALUE_CHAIN_CONCERNS.contains(f.concern()))
                .map(Catalogue.FindingEntry::id)
                .toList();
    }
}
