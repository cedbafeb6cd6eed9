package org.locus.cases;

import org.junit.jupiter.api.Test;
import org.locus.TestRuleBase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The what-ifs that the teaching notes of the LED cases promise trainers: change the answers the note names, and the
 * findings and ranking move as the note says. A rule change that breaks a note fails here, not in a classroom.
 */
class LedCaseWhatIfTest {

    private static final CaseLibrary LIBRARY = CaseLibraryTest.library();

    @Test
    void castellonWithWeakCollectiveActionStaysInGrowthButSelectiveSupportWaits() {
        DiagnosisResult result = diagnose(answers("castellon-ceramic-tiles")
                .with("private-collective-action", Answer.number("private-collective-action", 2)));

        assertThat(result.situationValue("cluster-phase")).as("the phase comes from the market").contains("growth");
        assertThat(result.findingIds()).doesNotContain("cluster-growth-window", "targeting-before-growth-phase")
                .contains("growth-without-joint-action");
        assertThat(result.recommendationIds()).first().isEqualTo("hold-selective-support");
    }

    @Test
    void sassuoloWithAJointUpgradingAgendaIsNoLongerDefensiveButStillConsolidating() {
        DiagnosisResult result = diagnose(answers("sassuolo-ceramic-tiles")
                .with("association-agenda", Answer.choice("association-agenda", "joint-upgrading")));

        assertThat(result.findingIds()).doesNotContain("mature-cluster-defensive").contains("decline-consolidation");
    }

    @Test
    void sassuoloWithEntriesAndGrowingJobsOpensTheGrowthWindow() {
        DiagnosisResult result = diagnose(answers("sassuolo-ceramic-tiles")
                .with("firm-entry", Answer.choice("firm-entry", "many-entries"))
                .with("cluster-employment-trend", Answer.choice("cluster-employment-trend", "growing")));

        assertThat(result.findingIds()).contains("cluster-growth-window")
                .doesNotContain("mature-cluster-defensive", "decline-consolidation");
    }

    @Test
    void indianapolisAsAPoorDecliningCityLosesStreamliningToCoordination() {
        DiagnosisResult result = diagnose(answers("indianapolis-entrepreneurial-city")
                .with("income-level", Answer.choice("income-level", "well-below"))
                .with("industrial-decline", Answer.yesNo("industrial-decline", true))
                .with("economic-growth", Answer.number("economic-growth", 2))
                .with("complementary-activities-missing", Answer.yesNo("complementary-activities-missing", true))
                .with("red-tape-burden", Answer.number("red-tape-burden", 3)));

        assertThat(result.situationValue("binding-failure")).contains("market-failure");
        assertThat(result.findingIds()).contains("market-failure-dominates");
        assertThat(result.recommendationIds()).first().isEqualTo("broker-coordination");
        assertThat(result.recommendationIds()).doesNotContain("streamline-regulation");
    }

    @Test
    void latinAmericaWithItsPlanCarriedOutKeepsQuickWinsAndEngagementOnTheList() {
        DiagnosisResult result = diagnose(answers("latin-america-strategic-planning")
                .with("plan-implementation", Answer.number("plan-implementation", 4)));

        assertThat(result.findingIds()).doesNotContain("planning-instead-of-doing");
        assertThat(result.recommendationIds()).contains("act-on-quick-wins", "targeted-business-engagement");
    }

    @Test
    void southAfricaAimedAtCompetitivenessLosesBothConfusionAndOverload() {
        DiagnosisResult result = diagnose(answers("south-africa-municipal-led")
                .with("led-main-objective", Answer.choice("led-main-objective", "competitiveness")));

        assertThat(result.findingIds()).doesNotContain("social-economic-confusion", "objective-overload");
    }

    @Test
    void westGermanSchemesThatPlaceTraineesInGrowingIndustriesNeedNoDemandLedSkillsAdvice() {
        DiagnosisResult result = diagnose(answers("west-germany-skills-schemes")
                .with("training-placement-rate", Answer.number("training-placement-rate", 70))
                .with("training-for-growing-industries", Answer.yesNo("training-for-growing-industries", true)));

        assertThat(result.recommendationIds()).doesNotContain("demand-led-skills").contains("avoid-crowding-out-smes");
    }

    @Test
    void tourismRegionWithHeavyRedTapeStillPutsCoordinationAboveStreamlining() {
        DiagnosisResult result = diagnose(answers("poor-region-tourism-package")
                .with("red-tape-burden", Answer.number("red-tape-burden", 5)));

        assertThat(result.situationValue("binding-failure")).contains("both");
        assertThat(result.findingIds()).contains("market-failure-dominates", "government-failure-significant");
        assertThat(result.recommendationIds()).first().isEqualTo("broker-coordination");
        assertThat(result.recommendationIds()).contains("streamline-regulation");
    }

    @Test
    void decliningTownTargetingACompetentYoungSectorWithoutBackingHoldsSelectiveSupportBehindAnchoring() {
        Answers competent = answers("declining-town-fashion-sector")
                .with("sector-targeting", Answer.choice("sector-targeting", "emerging-sector"))
                .with("targeting-basis", Answer.choice("targeting-basis", "local-competence"));
        DiagnosisResult unknownBacking = diagnose(competent);
        DiagnosisResult noBacking = diagnose(competent
                .with("national-strategy", Answer.choice("national-strategy", "none"))
                .with("higher-govt-support", Answer.yesNo("higher-govt-support", false))
                .with("provincial-stance", Answer.choice("provincial-stance", "absent")));
        DiagnosisResult backed = diagnose(competent
                .with("higher-govt-support", Answer.yesNo("higher-govt-support", true)));

        assertThat(unknownBacking.establishedFindingIds()).as("both readings wait on the backing")
                .doesNotContain("wishful-thinking-cluster", "targeting-before-growth-phase", "targeting-backed-from-above");
        assertThat(unknownBacking.findingIds()).contains("targeting-before-growth-phase", "targeting-backed-from-above");
        assertThat(noBacking.establishedFindingIds()).contains("targeting-before-growth-phase");
        assertThat(noBacking.findingIds()).doesNotContain("targeting-backed-from-above");
        assertThat(noBacking.recommendationIds()).contains("anchor-in-home-based-firms", "hold-selective-support")
                .doesNotContain("drop-fashion-targeting", "embed-in-higher-programme");
        assertThat(noBacking.recommendationIds().indexOf("anchor-in-home-based-firms"))
                .isLessThan(noBacking.recommendationIds().indexOf("hold-selective-support"));
        assertThat(backed.establishedFindingIds()).contains("targeting-backed-from-above");
        assertThat(backed.findingIds()).doesNotContain("targeting-before-growth-phase");
        assertThat(backed.recommendationIds()).contains("embed-in-higher-programme").doesNotContain("hold-selective-support");
    }

    @Test
    void healthyClusterWithWorkshopsThatGiveFirmsNoStakeRanksEngagementAboveTheGrowthWindow() {
        DiagnosisResult result = diagnose(answers("dynamic-home-grown-cluster")
                .with("participation-mode", Answer.choice("participation-mode", "comprehensive-workshops"))
                .with("sme-attendance", Answer.number("sme-attendance", 2))
                .with("firms-stake-in-led", Answer.yesNo("firms-stake-in-led", false)));

        assertThat(result.findingIds()).contains("sme-participation-burden", "no-shadow-of-hierarchy");
        assertThat(result.recommendationIds()).contains("targeted-business-engagement", "use-growth-window");
        assertThat(result.recommendationIds().indexOf("targeted-business-engagement"))
                .isLessThan(result.recommendationIds().indexOf("use-growth-window"));
    }

    @Test
    void permitBacklogCityTurnedPoorAndRemoteRanksCoordinationAboveStreamlining() {
        DiagnosisResult result = diagnose(answers("secondary-city-permit-backlog")
                .with("income-level", Answer.choice("income-level", "well-below"))
                .with("economic-growth", Answer.number("economic-growth", 2))
                .with("distance-to-markets", Answer.choice("distance-to-markets", "remote"))
                .with("complementary-activities-missing", Answer.yesNo("complementary-activities-missing", true)));

        assertThat(result.situationValue("location-type")).contains("peripheral");
        assertThat(result.findingIds()).contains("market-failure-dominates");
        assertThat(result.recommendationIds()).contains("broker-coordination", "streamline-regulation");
        assertThat(result.recommendationIds().indexOf("broker-coordination"))
                .isLessThan(result.recommendationIds().indexOf("streamline-regulation"));
    }

    private static Answers answers(String caseId) {
        return LIBRARY.find(caseId).orElseThrow(() -> new AssertionError("no case " + caseId)).answers();
    }

    private static DiagnosisResult diagnose(Answers answers) {
        return TestRuleBase.diagnostician().diagnose(answers);
    }
}
