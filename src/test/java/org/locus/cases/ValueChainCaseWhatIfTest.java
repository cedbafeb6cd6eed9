package org.locus.cases;

import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Ranking;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The what-ifs that the teaching notes of the value chain cases promise trainers: change the answers the note names,
 * and the findings and ranking move as the note says. A rule or weight change that breaks a note fails here, not in a
 * classroom.
 */
class ValueChainCaseWhatIfTest {

    private static final CaseLibrary LIBRARY = CaseLibraryTest.library();

    @Test
    void sinosWithoutTheBuyerLeavingPutsDiversificationFirst() {
        DiagnosisResult result = diagnose(answers("sinos-valley-footwear")
                .with("main-buyer-leaving", Answer.yesNo("main-buyer-leaving", false)));

        assertThat(result.findingIds()).doesNotContain("buyer-relationship-crisis")
                .contains("captive-chain-blocks-functional-upgrading", "single-chain-dependence");
        assertThat(result.recommendationIds()).first().isEqualTo("diversify-end-markets");
    }

    @Test
    void sinosInSeveralChainsWithOwnDesignsBecomesAMultiChainCaseStillInCrisis() {
        DiagnosisResult result = diagnose(answers("sinos-valley-footwear")
                .with("end-market-chains", Answer.number("end-market-chains", 2))
                .with("functional-upgrading", Answer.yesNo("functional-upgrading", true)));

        assertThat(result.situationValue("chain-position")).contains("multi-chain");
        assertThat(result.findingIds()).contains("multi-chain-leverage", "buyer-relationship-crisis")
                .doesNotContain("captive-chain-blocks-functional-upgrading", "single-chain-dependence");
        assertThat(result.recommendationIds()).first().isEqualTo("revive-local-collective-action");
    }

    @Test
    void brazilianFirmsInOneChainMeetDependenceAndTheCrowdedNiche() {
        DiagnosisResult result = diagnose(answers("brazil-footwear-furniture-multichain")
                .with("end-market-chains", Answer.number("end-market-chains", 1)));

        assertThat(result.findingIds()).contains("single-chain-dependence", "fallacy-of-composition")
                .doesNotContain("multi-chain-leverage", "captive-chain-blocks-functional-upgrading");
        // the niches rest on both findings, which rest largely on the same answers: they count once
        assertThat(result.recommendationIds()).startsWith("diversify-end-markets", "target-domestic-niches");
        assertThat(result.recommendation("target-domestic-niches").orElseThrow().contributions())
                .filteredOn(c -> c.finding().equals("single-chain-dependence")).singleElement()
                .satisfies(c -> assertThat(c.sameAnswersAs()).isEqualTo("fallacy-of-composition"));
    }

    @Test
    void brazilianFirmsInOneChainWithoutOwnDesignsAreCaptiveAndNeedMoreChains() {
        DiagnosisResult result = diagnose(answers("brazil-footwear-furniture-multichain")
                .with("end-market-chains", Answer.number("end-market-chains", 1))
                .with("functional-upgrading", Answer.yesNo("functional-upgrading", false)));

        assertThat(result.findingIds()).contains("captive-chain-blocks-functional-upgrading",
                "single-chain-dependence", "fallacy-of-composition");
        assertThat(result.recommendationIds()).first().isEqualTo("diversify-end-markets");
    }

    @Test
    void vietnamInOneChainOnlyPutsDiversificationAboveTheAssociations() {
        DiagnosisResult result = diagnose(answers("vietnam-footwear-associations")
                .with("end-market-chains", Answer.number("end-market-chains", 1)));

        assertThat(result.findingIds()).contains("single-chain-dependence", "captive-chain-blocks-functional-upgrading");
        assertThat(result.recommendationIds()).startsWith("diversify-end-markets", "association-led-functional-upgrading");
    }

    @Test
    void vietnamWithOwnDesignsInASecondChainIsNoLongerCaptive() {
        DiagnosisResult result = diagnose(answers("vietnam-footwear-associations")
                .with("end-market-chains", Answer.number("end-market-chains", 2))
                .with("functional-upgrading", Answer.yesNo("functional-upgrading", true)));

        assertThat(result.findingIds()).contains("multi-chain-leverage")
                .doesNotContain("captive-chain-blocks-functional-upgrading");
    }

    @Test
    void ghanaWithoutIntermediariesLosesEmbeddedServicesLeadToMappingTheChain() {
        Answers answers = answers("ghana-craft-exports").with("buyer-scouts-aware", Answer.yesNo("buyer-scouts-aware", false));
        DiagnosisResult result = diagnose(answers);

        assertThat(result.findingIds()).contains("not-on-buyer-radar");
        assertThat(result.recommendationIds()).first().isEqualTo("map-the-value-chain");
        // services through buyers need buyers who deal with the producers: the catalogue rules them out here
        assertThat(result.recommendationIds()).doesNotContain("embedded-services");
        assertThat(Ranking.of(TestRuleBase.diagnostician().reason(answers), TestRuleBase.get().catalogue())
                .of("embedded-services").orElseThrow().ruledOutBy().finding()).isEqualTo("not-on-buyer-radar");
    }

    @Test
    void southAfricaWithStablePricesKeepsTheCrowdedNicheButNotImmiserisingGrowth() {
        DiagnosisResult result = diagnose(answers("south-africa-furniture")
                .with("unit-price-trend", Answer.choice("unit-price-trend", "stable")));

        // the crowded niche stays (provisionally: the source does not say in how many chains the firms sell)
        assertThat(result.establishedFindingIds()).doesNotContain("immiserising-growth-risk");
        assertThat(result.finding("fallacy-of-composition")).hasValueSatisfying(f ->
                assertThat(f.settledBy()).containsExactly("end-market-chains"));
        assertThat(result.recommendationIds()).contains("target-domestic-niches", "pursue-rents-and-innovation");
    }

    @Test
    void southAfricaWithStablePricesInAnUncrowdedNicheRaisesNoAlarm() {
        DiagnosisResult result = diagnose(answers("south-africa-furniture")
                .with("unit-price-trend", Answer.choice("unit-price-trend", "stable"))
                .with("niche-crowding", Answer.number("niche-crowding", 2)));

        assertThat(result.establishedFindingIds()).isEmpty();
        // what remains are questions, not alarms: each provisional finding names the answer that would settle it
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.settledBy()).isNotEmpty());
        assertThat(result.finding("captive-chain-blocks-functional-upgrading")).hasValueSatisfying(f ->
                assertThat(f.settledBy()).containsExactly("buyer-blocks-functional"));
    }

    @Test
    void ownDesignExporterTurnedBuyerDrivenBecomesDependentAndThenCaptive() {
        Answers buyerDriven = answers("own-design-exporter-many-buyers")
                .with("who-designs", Answer.choice("who-designs", "buyer"))
                .with("buyer-share-of-sales", Answer.number("buyer-share-of-sales", 70));
        DiagnosisResult dependent = diagnose(buyerDriven);
        DiagnosisResult captive = diagnose(buyerDriven
                .with("buyer-blocks-functional", Answer.yesNo("buyer-blocks-functional", true))
                .with("functional-upgrading", Answer.yesNo("functional-upgrading", false)));

        assertThat(dependent.situationValue("chain-governance")).contains("quasi-hierarchical");
        assertThat(dependent.findingIds()).contains("single-chain-dependence")
                .doesNotContain("captive-chain-blocks-functional-upgrading");
        assertThat(captive.findingIds()).contains("single-chain-dependence", "captive-chain-blocks-functional-upgrading");
    }

    @Test
    void multiChainClusterWithoutNationalBackingMeetsTheConclusionsWarning() {
        DiagnosisResult result = diagnose(answers("multi-chain-supplier-national-strategy")
                .with("national-strategy", Answer.choice("national-strategy", "on-paper"))
                .with("local-econ-capacity", Answer.number("local-econ-capacity", 1))
                .with("higher-govt-support", Answer.yesNo("higher-govt-support", false)));

        assertThat(result.findingIds()).contains("multi-chain-leverage", "partial-approach-only", "local-capacity-limits");
        // the strongest case of all, yet shown as the chapter's framing conclusion, after what local actors can do
        DiagnosisResult.RecommendationResult national = result.recommendation("strategic-national-complement").orElseThrow();
        assertThat(national.group()).isEqualTo("framing");
        assertThat(result.recommendationIds()).last().isEqualTo("strategic-national-complement");
        assertThat(national.score()).isGreaterThan(result.recommendations().getFirst().score());
    }

    @Test
    void multiChainClusterInOneChainRaisesTheFallacyOfComposition() {
        DiagnosisResult result = diagnose(answers("multi-chain-supplier-national-strategy")
                .with("end-market-chains", Answer.number("end-market-chains", 1)));

        assertThat(result.findingIds()).contains("fallacy-of-composition", "single-chain-dependence")
                .doesNotContain("multi-chain-leverage");
    }

    @Test
    void peripheralRegionWithAChampionTurnsIntoAnOrdinaryEntryProblem() {
        DiagnosisResult before = diagnose(answers("peripheral-region-chain-push"));
        DiagnosisResult after = diagnose(answers("peripheral-region-chain-push")
                .with("champion-firms", Answer.yesNo("champion-firms", true)));

        assertThat(before.recommendationIds()).doesNotContain("get-on-buyer-radar");
        assertThat(before.recommendationIds()).first().as("coordination, not chain entry").isEqualTo("broker-coordination");
        assertThat(after.findingIds()).doesNotContain("peripheral-no-champions");
        assertThat(after.recommendationIds()).first().as("a programme for poor producers now meets the champions' door")
                .isEqualTo("focus-chain-promotion-on-capable-firms");
        assertThat(after.recommendationIds()).contains("reach-entry-threshold", "get-on-buyer-radar");
    }

    private static Answers answers(String caseId) {
        return LIBRARY.find(caseId).orElseThrow(() -> new AssertionError("no case " + caseId)).answers();
    }

    private static DiagnosisResult diagnose(Answers answers) {
        return TestRuleBase.diagnostician().diagnose(answers);
    }
}
