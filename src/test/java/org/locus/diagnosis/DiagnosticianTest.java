package org.locus.diagnosis;

import org.junit.jupiter.api.Test;
import org.locus.MiniRuleBase;
import org.locus.explanation.TraceStep;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosticianTest {

    @Test
    void scoresAreTheSumOfEvidenceWeightsAndRankHighestFirst() {
        DiagnosisResult result = MiniRuleBase.diagnose("{\"answers\": {\"red-tape\": true, \"growth\": 1}}");

        assertThat(result.recommendationIds()).containsExactly("coordinate", "cut-red-tape");
        DiagnosisResult.RecommendationResult cut = result.recommendation("cut-red-tape").orElseThrow();
        assertThat(cut.rank()).isEqualTo(2);
        assertThat(cut.score()).isEqualTo(2);
        assertThat(cut.contributions()).extracting(DiagnosisResult.Contribution::finding, DiagnosisResult.Contribution::weight)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("red-tape-heavy", 3),
                        org.assertj.core.groups.Tuple.tuple("slow-growth", -1));
    }

    @Test
    void counterEvidenceCanKeepARecommendationOut() {
        DiagnosisResult withoutRedTape = MiniRuleBase.diagnose("{\"answers\": {\"red-tape\": false, \"growth\": 1}}");

        // only the −1 against cut-red-tape remains: a score of −1 is no recommendation
        assertThat(withoutRedTape.recommendationIds()).containsExactly("coordinate");
    }

    @Test
    void tiesGoToCatalogueOrderSoTheSameAnswersAlwaysGiveTheSameRanking() {
        String answers = "{\"answers\": {\"red-tape\": true, \"growth\": 1, \"sector\": \"shoes\", \"export-share\": 60}}";

        DiagnosisResult first = MiniRuleBase.diagnose(answers);

        // coordinate 3 + 1; cut-red-tape 3 − 1 = 2 and map-chain 2 tie, cut-red-tape stands first in the catalogue
        assertThat(first.recommendationIds()).containsExactly("coordinate", "cut-red-tape", "map-chain");
        for (int i = 0; i < 20; i++) {
            assertThat(MiniRuleBase.diagnose(answers)).isEqualTo(first);
        }
    }

    @Test
    void dontKnowIsAbsentNotADefault() {
        DiagnosisResult result = MiniRuleBase.diagnose("{\"answers\": {\"growth\": \"unknown\", \"export-share\": 60}}");

        // an unknown growth is not a low growth, and a missing sector is not footwear
        assertThat(result.findings()).isEmpty();
        assertThat(result.recommendations()).isEmpty();
        assertThat(result.unanswered()).containsExactly("red-tape", "growth", "remote", "sector");
        assertThat(result.situation().get("place")).isEmpty();
    }

    @Test
    void traceLeadsFromRecommendationThroughFindingAndSituationToAnswers() {
        DiagnosisResult result = MiniRuleBase.diagnose("{\"answers\": {\"growth\": 2}}");

        List<TraceStep> trace = result.recommendation("coordinate").orElseThrow().trace();
        assertThat(trace).hasSize(1);
        TraceStep evidence = trace.get(0);
        assertThat(evidence.rule()).isEqualTo("Coordinate when slow");
        assertThat(evidence.section()).isEqualTo("Focus on an enabling environment");
        assertThat(evidence.file()).isEqualTo("mini.drl");
        TraceStep.UsedFact finding = evidence.uses().get(0);
        assertThat(finding.kind()).isEqualTo("finding");
        assertThat(finding.id()).isEqualTo("slow-growth");
        TraceStep.UsedFact situation = finding.trace().get(0).uses().get(0);
        assertThat(situation.kind()).isEqualTo("situation");
        assertThat(situation.value()).isEqualTo("lagging");
        TraceStep.CitedAnswer answer = situation.trace().get(0).answers().get(0);
        assertThat(answer.question()).isEqualTo("growth");
        assertThat(answer.text()).isEqualTo("How fast does the economy grow?");
        assertThat(answer.answer()).isEqualTo("2 of 5 (1 = shrinking, 5 = booming)");
    }

    @Test
    void aFactTwoRulesArriveAtShowsBothJustifications() {
        DiagnosisResult result = MiniRuleBase.diagnose("{\"answers\": {\"growth\": 1, \"remote\": true}}");

        List<DiagnosisResult.SituationValue> place = result.situation().get("place");
        assertThat(place).singleElement().satisfies(value ->
                assertThat(value.trace()).extracting(TraceStep::rule)
                        .containsExactlyInAnyOrder("Lagging by growth", "Lagging by remoteness"));
    }

    @Test
    void factsGoWhenTheirGroundsGo() {
        // the same shared rule base, two sessions: nothing leaks from the first diagnosis into the second
        assertThat(MiniRuleBase.diagnose("{\"answers\": {\"red-tape\": true}}").findingIds()).containsExactly("red-tape-heavy");
        assertThat(MiniRuleBase.diagnose("{\"answers\": {\"red-tape\": false}}").findingIds()).isEmpty();
    }

    @Test
    void theRuleBaseVersionIsAHashOfTheRulesFolder() {
        DiagnosisResult result = MiniRuleBase.diagnose("{\"answers\": {}}");

        assertThat(result.ruleBaseVersion()).matches("[0-9a-f]{12}").isEqualTo(MiniRuleBase.get().version());
    }
}
