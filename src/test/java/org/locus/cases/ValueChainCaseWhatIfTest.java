package org.locus.cases;

import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.diagnosis.DiagnosisResult;
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
        assertThat(result.recommendationIds()).first().isEqualTo("target-domestic-niches");
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
        DiagnosisResult result = diagnose(answers("ghana-craft-exports")
                .with("buyer-scouts-aware", Answer.yesNo("buyer-scouts-aware", false)));

        assertThat(result.findingIds()).contains("not-on-buyer-radar");
        assertThat(result.recommendationIds()).first().isEqualTo("map-the-value-chain");
        assertThat(result.recommendationIds().indexOf("embedded-services")).isEqualTo(3);
    }

    @Test
    void southAfricaWithStablePricesKeepsTheCrowdedNicheButNotImmiserisingGrowth() {
        DiagnosisResult result = diagnose(answers("south-africa-furniture")
                .with("unit-price-trend", Answer.choice("unit-price-trend", "stable")));

        assertThat(result.findingIds()).containsExactly("fallacy-of-composition");
        assertThat(result.recommendationIds()).contains("target-domestic-niches", "pursue-rents-and-innovation");
    }

    @Test
    void southAfricaWithStablePricesInAnUncrowdedNicheRaisesNoAlarm() {
        DiagnosisResult result = diagnose(answers("south-africa-furniture")
                .with("unit-price-trend", Answer.choice("unit-price-trend", "stable"))
                .with("niche-crowding", Answer.number("niche-crowding", 2)));

        assertThat(result.findingIds()).isEmpty();
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
        assertThat(result.recommendationIds()).first().isEqualTo("strategic-national-complement");
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
        assertThat(after.findingIds()).doesNotContain("peripheral-no-champions");
        assertThat(after.recommendationIds()).first().isEqualTo("reach-entry-threshold");
        assertThat(after.recommendationIds()).contains("get-on-buyer-radar");
    }

    private static Answers answers(String caseId) {
        return LIBRARY.find(caseId).orElseThrow(() -> new AssertionError("no case " + caseId)).answers();
    }

    private static DiagnosisResult diagnose(Answers answers) {
        return TestRuleBase.diagnostician().diagnose(answers);
    }
}
