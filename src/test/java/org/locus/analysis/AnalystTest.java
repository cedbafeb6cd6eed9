package org.locus.analysis;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyses on the small rule base of {@code analysis-rules}, whose outcomes are known by construction. With the
 * base answers: rec-one scores 10 (alpha 5 + gamma 5), rec-two 4 (beta), rec-three 3 (high share); rec-four needs
 * kind X, rec-five needs C and D, rec-six needs E, rec-seven needs J. Catalogue order breaks the ties.
 */
class AnalystTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyseTheBaseAnswers() {
        analysis = AnalysisRules.analyst().analysis(AnalysisRules.answers(AnalysisRules.BASE));
    }

    @Test
    void theTopThreeAreTheBaseRanking() {
        assertThat(analysis.topThree()).containsExactly("rec-one", "rec-two", "rec-three");
    }

    @Test
    void whatIfListsEverySingleChangeThatChangesTheTopThreeBiggestUpsetFirst() {
        List<String> singles = analysis.whatIf().stream().filter(w -> w.changes().size() == 1).map(AnalystTest::describe).toList();
        assertThat(singles).containsExactly(
                "e=true: rec-two moves 2>3, rec-three leaves 3>4, rec-six enters ->2",
                "b=unknown: rec-two leaves 2>-, rec-three moves 3>2",
                "b=false: rec-two leaves 2>-, rec-three moves 3>2",
                "veto=true: rec-two leaves 2>-, rec-three moves 3>2",
                "kind=x: rec-three leaves 3>4, rec-four enters ->3",
                "f=2: rec-one moves 1>2, rec-two moves 2>1",
                "j=true: rec-three leaves 3>4, rec-seven enters ->3",
                "share=unknown: rec-three leaves 3>-",
                "share=29: rec-three leaves 3>-");
    }

    @Test
    void whatIfTriesThePairARuleNeedsAndPairsThatPushTheSameRecommendationTheSameWay() {
        List<String> pairs = analysis.whatIf().stream().filter(w -> w.changes().size() == 2).map(AnalystTest::describe).toList();
        String oneOut = "rec-one leaves 1>-, rec-two moves 2>1, rec-three moves 3>2";
        assertThat(pairs).containsExactly(
                "c=true, d=true: rec-two moves 2>3, rec-three leaves 3>4, rec-five enters ->2",
                "a=unknown, g=unknown: " + oneOut,
                "a=unknown, g=false: " + oneOut,
                "a=false, g=unknown: " + oneOut,
                "a=false, g=false: " + oneOut,
                "level=unknown, g=unknown: " + oneOut,
                "level=unknown, g=false: " + oneOut,
                "level=3, g=unknown: " + oneOut,
                "level=3, g=false: " + oneOut);
        // 1 pair for "C and D", 12 pairs of changes that each lower rec-one (a, level, g: two changes each)
        assertThat(analysis.extent()).isEqualTo(new Analysis.Extent(25, 13, false));
    }

    @Test
    void changesReadAsAPersonReadsThemWithTheValuesThatDoTheSame() {
        AnswerChange share = change("share", 29);
        assertThat(share.from()).isEqualTo(50L);
        assertThat(share.fromText()).isEqualTo("50 %");
        assertThat(share.toText()).isEqualTo("29 % (any value from 0 to 29 % does the same)");
        assertThat(share.describe()).isEqualTo("\"What share?\" from 50 % to 29 % (any value from 0 to 29 % does the same)");
        AnswerChange level = analysis.whatIf().stream().flatMap(w -> w.changes().stream())
                .filter(c -> c.question().equals("level") && c.to().equals(3L)).findFirst().orElseThrow();
        assertThat(level.toText()).isEqualTo("3 of 5 (1 = low, 5 = high) (any value from 1 to 3 does the same)");
        assertThat(change("b", "unknown").toText()).isEqualTo("don't know");
    }

    @Test
    void nextQuestionsAreTheDontKnowQuestionsThatCanChangeTheTopThreeMostTellingFirst() {
        assertThat(analysis.nextQuestions()).extracting(NextQuestion::question, NextQuestion::impact)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("e", 3), org.assertj.core.groups.Tuple.tuple("f", 2));
        NextQuestion f = analysis.nextQuestions().get(1);
        assertThat(f.answers()).extracting(NextQuestion.PossibleAnswer::value).containsExactly(2L, 3L);
        assertThat(f.answers().get(0).effects()).extracting(RankChange::text)
                .containsExactly("moves from rank 1 to rank 2", "moves from rank 2 to rank 1");
        assertThat(f.answers().get(1).effects()).isEmpty();
        // c is don't-know too, but alone it changes nothing: it needs d as well
        assertThat(analysis.nextQuestions()).noneMatch(q -> q.question().equals("c"));
    }

    @Test
    void robustnessCountsTheQuestionsWhoseSingleChangePushesEachOfTheTopThreeOut() {
        assertThat(analysis.robustness()).extracting(Robustness::recommendation, Robustness::label, Robustness::questions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rec-one", "robust", 0),
                        org.assertj.core.groups.Tuple.tuple("rec-two", "sensitive", 2),
                        org.assertj.core.groups.Tuple.tuple("rec-three", "fragile", 4));
        assertThat(analysis.robustness().get(1).changes()).map(AnalystTest::describe).containsExactly(
                "b=unknown: rec-two leaves 2>-, rec-three moves 3>2",
                "b=false: rec-two leaves 2>-, rec-three moves 3>2",
                "veto=true: rec-two leaves 2>-, rec-three moves 3>2");
        assertThat(analysis.robustness().get(2).changes()).flatMap(WhatIf::changes).extracting(AnswerChange::question)
                .containsExactly("e", "kind", "j", "share", "share");
    }

    @Test
    void whyNotFollowsTheMissingFindingDownToTheAnswerThatPointsTheOtherWay() {
        WhyNot four = whyNot("rec-four");
        assertThat(four.status()).isEqualTo("not made");
        assertThat(four.rank()).isNull();
        assertThat(four.counterEvidence()).isEmpty();
        assertThat(four.missingSupport()).singleElement().satisfies(support -> {
            assertThat(support.finding()).isEqualTo("open-a");
            assertThat(support.weight()).isEqualTo(3);
            assertThat(outline(support.rule())).isEqualTo("""
                    Four from open with A [Part two]
                      finding-missing: The finding "Open with A" is not made.
                        Open with A [Part two]
                          situation-missing: Mode: "Closed"; the rule needs "Open".
                            Mode open [Part two]
                              answered-otherwise: "Which kind?" is answered Y; the rule needs "X".
                    """);
        });
        assertThat(four.wouldBringIn()).map(AnalystTest::describe).containsExactly("kind=x: rec-three leaves 3>4, rec-four enters ->3");
    }

    @Test
    void whyNotNamesTheMissingAndTheContraryAnswerAndTheEngineConfirmsThePairThatBringsItIn() {
        WhyNot five = whyNot("rec-five");
        assertThat(outline(five.missingSupport().get(0).rule())).isEqualTo("""
                Five from C and D [Part two]
                  finding-missing: The finding "C and D" is not made.
                    C and D [Part two]
                      unanswered: "Is C the case?" is answered don't know; the rule needs yes.
                      answered-otherwise: "Is D the case?" is answered no; the rule needs yes.
                """);
        assertThat(five.wouldBringIn()).map(AnalystTest::describe)
                .containsExactly("c=true, d=true: rec-two moves 2>3, rec-three leaves 3>4, rec-five enters ->2");
        assertThat(analysis.whyNot()).extracting(WhyNot::recommendation)
                .containsExactly("rec-four", "rec-five", "rec-six", "rec-seven");
    }

    @Test
    void whyNotWeighsCounterEvidenceAndNamesTheAnswerThatRulesASupportOut() {
        Analysis vetoed = AnalysisRules.analyst().analysis(AnalysisRules.base("veto", true, "j", true));
        WhyNot two = vetoed.whyNot().stream().filter(w -> w.recommendation().equals("rec-two")).findFirst().orElseThrow();
        assertThat(two.score()).isEqualTo(-1);
        assertThat(two.status()).isEqualTo("not made (score -1: the evidence against outweighs the evidence for it)");
        assertThat(two.counterEvidence()).singleElement().satisfies(counter -> {
            assertThat(counter.finding()).isEqualTo("veto");
            assertThat(counter.weight()).isEqualTo(-5);
            assertThat(counter.rule()).isEqualTo("Veto against two");
            assertThat(counter.section()).isEqualTo("Part two");
        });
        assertThat(two.missingSupport()).isEmpty();
        WhyNot seven = vetoed.whyNot().stream().filter(w -> w.recommendation().equals("rec-seven")).findFirst().orElseThrow();
        assertThat(outline(seven.missingSupport().get(0).rule())).isEqualTo("""
                Seven from J [Part two]
                  finding-missing: The finding "J" is not made.
                    J without veto [Part two]
                      answered-otherwise: "Is there a veto?" is answered yes; the rule needs no.
                """);
    }

    @Test
    void aRecommendationMadeButRankedLowSaysWhereItStandsAgainstTheThird() {
        Analysis withX = AnalysisRules.analyst().analysis(AnalysisRules.base("kind", "x"));
        assertThat(withX.topThree()).containsExactly("rec-one", "rec-two", "rec-four");
        WhyNot three = withX.whyNot().stream().filter(w -> w.recommendation().equals("rec-three")).findFirst().orElseThrow();
        assertThat(three.rank()).isEqualTo(4);
        assertThat(three.status()).isEqualTo("ranked 4 with score 3, tied with the third, which wins the tie-break");
        assertThat(three.missingSupport()).isEmpty();
    }

    @Test
    void theAnalysisRidesOnTheResultDocumentOnlyWhenAskedFor() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Diagnostician diagnostician = new Diagnostician(AnalysisRules.get());
        DiagnosisResult plain = diagnostician.diagnose(AnalysisRules.answers(AnalysisRules.BASE));
        assertThat(json.valueToTree(plain).has("analysis")).isFalse();

        AnalysedDiagnosis analysed = new Analyst(diagnostician).analyse(AnalysisRules.answers(AnalysisRules.BASE));
        assertThat(analysed.diagnosis().recommendationIds()).isEqualTo(plain.recommendationIds());
        JsonNode document = json.valueToTree(analysed);
        assertThat(document.path("recommendations").size()).as("the diagnosis's own fields, unwrapped")
                .isEqualTo(plain.recommendations().size());
        assertThat(document.path("analysis").path("topThree").toString()).isEqualTo("[\"rec-one\",\"rec-two\",\"rec-three\"]");
        assertThat(document.path("analysis").path("nextQuestions").get(0).path("question").asString()).isEqualTo("e");
    }

    @Test
    void whyNotOfOneRecommendationIsEmptyForTheTopThree() {
        Analyst analyst = AnalysisRules.analyst();
        assertThat(analyst.whyNot(AnalysisRules.answers(AnalysisRules.BASE), "rec-one")).isEmpty();
        assertThat(analyst.whyNot(AnalysisRules.answers(AnalysisRules.BASE), "rec-six")).get()
                .extracting(WhyNot::title).isEqualTo("Recommendation six");
    }

    private static WhyNot whyNot(String recommendation) {
        return analysis.whyNot().stream().filter(w -> w.recommendation().equals(recommendation)).findFirst().orElseThrow();
    }

    private static AnswerChange change(String question, Object to) {
        return analysis.whatIf().stream().flatMap(w -> w.changes().stream())
                .filter(c -> c.question().equals(question) && c.to().toString().equals(to.toString())).findFirst().orElseThrow();
    }

    /** {@code "kind=x: rec-three leaves 3>4, rec-four enters ->3"}; '-' is "not made". */
    static String describe(WhatIf whatIf) {
        return whatIf.changes().stream().map(c -> c.question() + "=" + c.to()).collect(Collectors.joining(", ")) + ": "
                + whatIf.effects().stream().map(e -> e.recommendation() + " " + e.effect() + " "
                + (e.fromRank() == null ? "-" : e.fromRank()) + ">" + (e.toRank() == null ? "-" : e.toRank()))
                .collect(Collectors.joining(", "));
    }

    private static String outline(WhyNot.RuleCheck check) {
        StringBuilder out = new StringBuilder();
        outline(check, "", out);
        return out.toString();
    }

    private static void outline(WhyNot.RuleCheck check, String indent, StringBuilder out) {
        out.append(indent).append(check.rule()).append(" [").append(check.section()).append("]\n");
        for (WhyNot.Obstacle obstacle : check.obstacles()) {
            out.append(indent).append("  ").append(obstacle.kind()).append(": ").append(obstacle.text()).append('\n');
            obstacle.wouldNeed().forEach(route -> outline(route, indent + "    ", out));
        }
    }
}
