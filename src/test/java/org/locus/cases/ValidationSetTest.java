package org.locus.cases;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validation set in {@code cases/}: regions from published studies the chapter does not discuss, read without
 * running the rules over them. What they score is printed by {@code verify-cases} and kept in docs/knowledge-base.md.
 */
class ValidationSetTest {

    /**
     * Findings issue 13 plans for the second edition of the knowledge base. A validation case may expect them before
     * they exist (they count as misses until then); any other unknown id is a typo, and fails here.
     */
    private static final Set<String> PLANNED = Set.of("growth-without-joint-action", "growth-window-closing",
            "targeting-backed-from-above", "infrastructure-bottleneck", "footloose-leading-firms", "two-tier-exclusion",
            "shared-compliance-bottleneck", "country-conditions-against-entry", "outcompeted-on-cost",
            "no-move-into-new-subsectors", "cluster-tool-mismatch", "sme-innovation-erratic",
            "information-and-finance-gaps", "late-intervention-in-decline", "donor-driven-social-agenda",
            "pressure-to-be-seen-acting");

    private static final List<LibraryCase> VALIDATION = CaseLibraryTest.library().cases().stream()
            .filter(LibraryCase::validation).toList();

    @Test
    void atLeastFifteenRegionsFromPublishedStudies() {
        assertThat(VALIDATION).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void everyIdTheKnowledgeBaseLacksIsOnePlannedByIssue13() {
        assertThat(VALIDATION).allSatisfy(c -> assertThat(c.notInCatalogue()).as(c.file()).isSubsetOf(PLANNED));
    }

    @Test
    void everyValidationCaseAnswersQuestionsAndRulesOutSomethingItsSourceExcludes() {
        // a case that only expected findings could never score a false positive
        assertThat(VALIDATION).allSatisfy(c -> {
            assertThat(c.answers().facts()).as(c.file()).isNotEmpty();
            assertThat(c.expected().absentFindings()).as(c.file()).isNotEmpty();
        });
    }
}
