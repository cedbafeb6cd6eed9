package org.locus.cases;

import org.junit.jupiter.api.Test;
import org.locus.MiniRuleBase;
import org.locus.diagnosis.Diagnostician;
import org.locus.knowledge.KnowledgeBaseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Validation cases against the tiny rule base, whose outcomes are known by construction: red tape and slow growth
 * establish red-tape-heavy and slow-growth, which rank coordinate (3) above cut-red-tape (3 − 1); nothing here makes
 * shoe-chain or map-chain.
 */
class ValidationCaseTest {

    private static final CaseReader READER = new CaseReader(MiniRuleBase.get());
    private static final CaseVerifier VERIFIER = new CaseVerifier(new Diagnostician(MiniRuleBase.get()));
    private static final String SOURCE = "\"Nadvi, K. (1999), 'Collective efficiency and collective failure', World Development 27(9)\"";

    static String caseFile(String validation, String sources, String findings, String absent, String top, String extra) {
        return """
                {"id": "v", "title": "T", "place": "P", "period": "1990s", "sector": "S", "summary": "Sum",
                 %s "sources": [%s], "assumed": [], "answers": {"red-tape": true, "growth": 1},
                 "expected": {"findings": %s, "absentFindings": %s, "topRecommendations": %s},
                 "teachingNotes": "N" %s}
                """.formatted(validation, sources, findings, absent, top, extra);
    }

    private static LibraryCase read(String text) {
        return READER.read("v.json", text);
    }

    @Test
    void aCaseIsATeachingCaseUnlessMarked() {
        assertThat(read(caseFile("", SOURCE, "[\"red-tape-heavy\"]", "[]", "[]", "")).validation()).isFalse();
        assertThat(read(caseFile("\"validation\": false,", SOURCE, "[\"red-tape-heavy\"]", "[]", "[]", "")).validation()).isFalse();
        assertThat(read(caseFile("\"validation\": true,", SOURCE, "[\"red-tape-heavy\"]", "[]", "[]", "")).validation()).isTrue();
    }

    @Test
    void aValidationMarkThatIsNoBooleanIsRejectedSayingWhatItMustBe() {
        assertThatThrownBy(() -> read(caseFile("\"validation\": \"yes\",", SOURCE, "[\"red-tape-heavy\"]", "[]", "[]", "")))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessage("v.json: 'validation' must be true or false, not \"yes\"");
        assertThatThrownBy(() -> read(caseFile("\"validation\": 1,", SOURCE, "[\"red-tape-heavy\"]", "[]", "[]", "")))
                .hasMessage("v.json: 'validation' must be true or false, not 1");
    }

    @Test
    void aValidationCaseMustCiteItsSourceWithAYear() {
        assertThatThrownBy(() -> read(caseFile("\"validation\": true,", "\"Upside of LED\"", "[\"red-tape-heavy\"]", "[]", "[]", "")))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("a validation case must cite its published source in full");
    }

    @Test
    void onlyAValidationCaseMayExpectWhatTheKnowledgeBaseDoesNotHave() {
        LibraryCase c = read(caseFile("\"validation\": true,", SOURCE, "[\"red-tape-heavy\", \"two-tier-exclusion\"]",
                "[]", "[\"cut-red-tape\", \"fund-a-shared-facility\"]", ""));
        assertThat(c.notInCatalogue()).containsExactly("two-tier-exclusion", "fund-a-shared-facility");

        assertThatThrownBy(() -> read(caseFile("", SOURCE, "[\"red-tape-heavy\", \"two-tier-exclusion\"]", "[]", "[]", "")))
                .hasMessageContaining("expected finding 'two-tier-exclusion' is not in the catalogue");
        assertThatThrownBy(() -> read(caseFile("\"validation\": true,", SOURCE, "[\"Two_Tier\"]", "[]", "[]", "")))
                .hasMessageContaining("expected id 'Two_Tier' is not kebab-case");
    }

    @Test
    void pendingAnswersMustBeNotesKeyedByQuestionId() {
        assertThat(read(caseFile("\"validation\": true,", SOURCE, "[\"red-tape-heavy\"]", "[]", "[]",
                ", \"pendingAnswers\": {\"compliance-shock\": \"US FDA import alert, 1994\"}")).id()).isEqualTo("v");
        assertThatThrownBy(() -> read(caseFile("\"validation\": true,", SOURCE, "[\"red-tape-heavy\"]", "[]", "[]",
                ", \"pendingAnswers\": [\"compliance-shock\"]")))
                .hasMessage("v.json: 'pendingAnswers' must map question ids to notes, not [\"compliance-shock\"]");
        assertThatThrownBy(() -> read(caseFile("\"validation\": true,", SOURCE, "[\"red-tape-heavy\"]", "[]", "[]",
                ", \"pendingAnswers\": {\"compliance-shock\": true}")))
                .hasMessage("v.json: 'pendingAnswers': 'compliance-shock' must be a note saying what the source reports");
    }

    @Test
    void theScoreCountsRecalledMissedAndUnknownFindingsFalsePositivesAndTopFiveHits() {
        LibraryCase c = read(caseFile("\"validation\": true,", SOURCE,
                "[\"red-tape-heavy\", \"shoe-chain\", \"two-tier-exclusion\"]", "[\"slow-growth\"]",
                "[\"coordinate\", \"map-chain\", \"fund-a-shared-facility\"]", ""));

        ValidationScore score = VERIFIER.score(c);

        assertThat(score.recalledFindings()).containsExactly("red-tape-heavy");
        assertThat(score.missedFindings()).containsExactly(
                org.assertj.core.api.Assertions.entry("shoe-chain", "not made"),
                org.assertj.core.api.Assertions.entry("two-tier-exclusion", "not in the knowledge base"));
        assertThat(score.expectedFindings()).isEqualTo(3);
        assertThat(score.recall()).isEqualTo(1.0 / 3);
        assertThat(score.falsePositives()).containsExactly("slow-growth");
        assertThat(score.topHits()).containsExactly("coordinate");
        assertThat(score.missedTop()).containsExactly(
                org.assertj.core.api.Assertions.entry("map-chain", "not made"),
                org.assertj.core.api.Assertions.entry("fund-a-shared-facility", "not in the knowledge base"));
    }

    @Test
    void aFindingTheSourceRulesOutAndTheRulesDoNotMakeIsNoFalsePositive() {
        LibraryCase c = read(caseFile("\"validation\": true,", SOURCE, "[\"slow-growth\"]", "[\"shoe-chain\"]",
                "[\"cut-red-tape\"]", ""));

        ValidationScore score = VERIFIER.score(c);

        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.falsePositives()).isEmpty();
        assertThat(score.topHits()).containsExactly("cut-red-tape");
    }

    @Test
    void totalsAddTheCasesUp() {
        ValidationScore all = VERIFIER.score(read(caseFile("\"validation\": true,", SOURCE,
                "[\"red-tape-heavy\", \"slow-growth\", \"two-tier-exclusion\"]", "[\"shoe-chain\"]", "[\"coordinate\"]", "")));
        ValidationScore some = VERIFIER.score(read(caseFile("\"validation\": true,", SOURCE,
                "[\"red-tape-heavy\", \"shoe-chain\"]", "[\"slow-growth\"]", "[\"map-chain\"]", "")));

        ValidationScore.Totals totals = ValidationScore.Totals.of(java.util.List.of(all, some));

        assertThat(totals).isEqualTo(new ValidationScore.Totals(2, 3, 5, 1, 1, 2, 1, 2));
        assertThat(totals.recall()).isEqualTo(0.6);
        assertThat(totals.recallOfKnownFindings()).isEqualTo(0.75);
    }
}
