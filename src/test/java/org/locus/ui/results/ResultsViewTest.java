package org.locus.ui.results;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.button.Button;
import org.locus.analysis.Analysis;
import org.locus.analysis.Analyst;
import org.locus.analysis.Robustness;
import org.locus.analysis.WhatIf;
import org.locus.analysis.WhyNot;
import org.locus.cases.CaseLibrary;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Scores;
import org.locus.diagnosis.Diagnostician;
import org.locus.explanation.TraceStep;
import org.locus.knowledge.Catalogue;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.rulebase.RuleBase;
import org.locus.ui.KaribuTest;
import org.locus.ui.assessment.CurrentAssessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ResultsViewTest extends KaribuTest {

    private Answers castellon() {
        return bean(CaseLibrary.class).find("castellon-ceramic-tiles").orElseThrow().answers();
    }

    private DiagnosisResult openResultsFor(Answers answers) {
        bean(CurrentAssessment.class).replace(answers);
        UI.getCurrent().navigate(ResultsView.class);
        return bean(Diagnostician.class).diagnose(answers);
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void theSituationComesFirstInTheCataloguesWords() {
        DiagnosisResult result = openResultsFor(castellon());
        Catalogue catalogue = bean(RuleBase.class).catalogue();

        List<Div> aspects = _find(Div.class, spec -> spec.withClasses("situation-aspect"));
        assertThat(aspects).extracting(a -> a.getElement().getAttribute("data-aspect"))
                .containsExactlyElementsOf(catalogue.situations().stream().map(Catalogue.SituationAspect::id).toList());
        for (Div aspect : aspects) {
            List<DiagnosisResult.SituationValue> values = result.situation().get(aspect.getElement().getAttribute("data-aspect"));
            if (values.isEmpty()) {
                assertThat(text(aspect)).contains("Not determined");
            }
            values.forEach(v -> assertThat(text(aspect)).contains(v.label()));
        }
        assertThat(result.situationValue("cluster-phase")).contains("growth");
    }

    @Test
    void aProvisionalFindingLooksProvisionalAndSaysWhichAnswerWouldSettleIt() {
        AnswersReader reader = bean(AnswersReader.class);
        DiagnosisResult result = openResultsFor(reader.read("""
                {"answers": {"global-buyer-relations": "regular-supplier", "who-designs": "buyer",
                             "buyer-share-of-sales": 70, "functional-upgrading": false, "end-market-chains": 1}}"""));
        DiagnosisResult.FindingResult captive = result.finding("captive-chain-blocks-functional-upgrading").orElseThrow();
        assertThat(captive.established()).isFalse();

        Details shown = _find(Details.class, spec -> spec.withClasses("finding")).stream()
                .filter(d -> "captive-chain-blocks-functional-upgrading".equals(d.getElement().getAttribute("data-finding")))
                .findFirst().orElseThrow();
        String question = bean(RuleBase.class).questionnaire().require("buyer-blocks-functional").text();
        assertThat(shown.getClassNames()).contains("finding-provisional");
        assertThat(_find(shown, StatusBadge.class)).hasSize(1);
        assertThat(text(shown)).contains("To confirm it or rule it out, answer: “" + question + "”")
                .contains("How firm the chapter is: contested in the literature");
        Details established = _find(Details.class, spec -> spec.withClasses("finding")).stream()
                .filter(d -> "single-chain-dependence".equals(d.getElement().getAttribute("data-finding")))
                .findFirst().orElseThrow();
        assertThat(established.getClassNames()).doesNotContain("finding-provisional");
        assertThat(_find(established, StatusBadge.class)).isEmpty();
    }

    @Test
    void recommendationsComeByWhoActsWithTheChaptersFramingConclusionLast() {
        Answers answers = bean(CaseLibrary.class).find("multi-chain-supplier-national-strategy").orElseThrow().answers();
        AnswersReader reader = bean(AnswersReader.class);
        answers = answers.with("national-strategy", reader.answer("national-strategy", TextNode("on-paper")))
                .with("higher-govt-support", reader.answer("higher-govt-support", tools.jackson.databind.node.BooleanNode.FALSE));
        DiagnosisResult result = openResultsFor(answers);
        assertThat(result.recommendations()).last().satisfies(r -> assertThat(r.group()).isEqualTo("framing"));

        List<String> headings = _find(com.vaadin.flow.component.html.H3.class, spec -> spec.withClasses("recommendation-group"))
                .stream().map(h -> h.getText()).toList();
        assertThat(headings).first().isEqualTo("What local actors can do");
        assertThat(headings).last().isEqualTo("The chapter's framing conclusion");
        RecommendationCard last = _find(RecommendationCard.class).getLast();
        assertThat(last.recommendation().id()).isEqualTo("strategic-national-complement");
        assertThat(text(last)).contains("Who acts: National government")
                .contains(last.recommendation().watch().getFirst());
    }

    private static tools.jackson.databind.JsonNode TextNode(String text) {
        return tools.jackson.databind.node.StringNode.valueOf(text);
    }

    @Test
    void recommendationsAreRankedAsTheDiagnosticianRanksThemAndTheFirstIsOpen() {
        DiagnosisResult result = openResultsFor(castellon());

        List<RecommendationCard> cards = _find(RecommendationCard.class);
        assertThat(cards).extracting(c -> c.recommendation().id()).containsExactlyElementsOf(result.recommendationIds());
        assertThat(cards.get(0).recommendation().id()).isEqualTo("use-growth-window");
        assertThat(_get(cards.get(0), Details.class).isOpened()).isTrue();
        assertThat(cards.subList(1, cards.size())).allSatisfy(c -> assertThat(_get(c, Details.class).isOpened()).isFalse());
    }

    @Test
    void aRecommendationShowsWhyDownToTheAnswersItsScoreByContributionAndItsChapterSection() {
        DiagnosisResult result = openResultsFor(castellon());
        DiagnosisResult.RecommendationResult top = result.recommendations().get(0);
        RecommendationCard card = _find(RecommendationCard.class).get(0);
        String shown = text(card);

        assertThat(shown).contains(top.title()).contains("score " + Scores.text(top.score())).contains("Who acts: " + top.actor().label()).contains(top.summary());
        firstCitedAnswer(top.trace()).ifPresent(a -> assertThat(shown).contains(a.text()).contains(a.answer()));
        top.contributions().forEach(c -> assertThat(shown).contains(c.findingTitle()));
        assertThat(_find(card, NativeTableRow.class)).hasSize(top.contributions().size() + 2);
        assertThat(shown).contains("Chapter: " + top.section());
        assertThat(firstCitedAnswer(top.trace())).as("the explanation reaches the answers").isPresent();
    }

    private static Optional<TraceStep.CitedAnswer> firstCitedAnswer(List<TraceStep> trace) {
        for (TraceStep step : trace) {
            if (!step.answers().isEmpty()) {
                return Optional.of(step.answers().get(0));
            }
            for (TraceStep.UsedFact used : step.uses()) {
                Optional<TraceStep.CitedAnswer> deeper = firstCitedAnswer(used.trace());
                if (deeper.isPresent()) {
                    return deeper;
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void findingsAreGroupedByConcern() {
        DiagnosisResult result = openResultsFor(castellon());
        assertThat(result.findings()).isNotEmpty();
        for (DiagnosisResult.FindingResult finding : result.findings()) {
            Section group = _get(Section.class, spec -> spec.withClasses("concern")
                    .withPredicate(s -> finding.concern().equals(s.getElement().getAttribute("data-concern"))));
            assertThat(text(group)).contains(FindingsByConcern.concernTitle(finding.concern())).contains(finding.title());
        }
    }

    @Test
    void withNoAnswersThePageSaysThereIsNothingToDiagnoseAndWhereToBegin() {
        openResultsFor(Answers.none());
        String page = text(_get(ResultsView.class));
        assertThat(page).contains("no answers in this browser yet").doesNotContain("From 0 of");
        assertThat(_find(RecommendationCard.class)).isEmpty();
        Div ways = _get(Div.class, spec -> spec.withClasses("no-answers"));
        assertThat(_find(ways, RouterLink.class)).extracting(RouterLink::getHref)
                .contains("assessment", "cases");
        assertThat(_find(DiagnosisPanel.class)).as("no diagnosis on show").isEmpty();
    }

    @Test
    void theAdviserTriesAWhatIfOnTheirOwnAnswersAndSeesWhatMovedWithoutLosingThem() {
        Answers answers = castellon();
        openResultsFor(answers);
        Button tryIt = _find(Button.class, spec -> spec.withClasses("try-what-if")).get(0);

        _click(tryIt);

        String moved = text(_get(org.locus.ui.workbench.MovesPanel.class));
        assertThat(moved).contains("What moved").contains("compared with your answers");
        assertThat(bean(CurrentAssessment.class).answers()).as("the assessment is untouched").isEqualTo(answers);
        Answers tried = _get(org.locus.ui.workbench.Workbench.class).answers();
        assertThat(tried).isNotEqualTo(answers);

        _click(_get(Button.class, spec -> spec.withId("keep-what-if")));
        assertThat(bean(CurrentAssessment.class).answers()).isEqualTo(tried);
        assertThat(_find(org.locus.ui.workbench.MovesPanel.class)).as("the kept answers are the new reference").isEmpty();
    }

    @Test
    void theNoteListsTheOpenQuestionsThatMatterAsLinksToThem() {
        Answers answers = castellon();
        DiagnosisResult result = openResultsFor(answers);
        List<String> expected = new ArrayList<>(bean(OpenQuestions.class).worthAnswering(answers, result).stream()
                .limit(OpenQuestionsNote.SHOWN).map(o -> o.question().id()).toList());

        Aside note = _get(Aside.class, spec -> spec.withClasses("open-questions"));
        assertThat(text(note)).contains("To sharpen it, answer these first:");
        List<String> listed = _find(note, ListItem.class, spec -> spec.withPredicate(
                li -> li.getElement().hasAttribute("data-question"))).stream()
                .map(li -> li.getElement().getAttribute("data-question")).toList();

        assertThat(listed).containsExactlyElementsOf(expected);
    }

    @Test
    void theResultsFollowTheAnswersWhenTheyAreReplaced() {
        openResultsFor(Answers.none());
        assertThat(_find(RecommendationCard.class)).isEmpty();

        bean(CurrentAssessment.class).replace(castellon());

        assertThat(_find(RecommendationCard.class)).extracting(c -> c.recommendation().id())
                .containsExactlyElementsOf(bean(Diagnostician.class).diagnose(castellon()).recommendationIds());
    }

    private Analysis analysisOf(Answers answers) {
        return bean(Analyst.class).analysis(answers);
    }

    @Test
    void eachOfTheTopThreeSaysHowFirmlyItHoldsItsPlaceAndWhichChangesPushItOut() {
        Answers answers = castellon();
        openResultsFor(answers);
        Analysis analysis = analysisOf(answers);
        assertThat(analysis.robustness()).isNotEmpty();

        List<RecommendationCard> cards = _find(RecommendationCard.class);
        for (Robustness robustness : analysis.robustness()) {
            RecommendationCard card = cards.get(robustness.rank() - 1);
            assertThat(card.recommendation().id()).isEqualTo(robustness.recommendation());
            assertThat(_get(card, RobustnessBadge.class).getText()).isEqualTo(robustness.label());
            assertThat(text(card)).contains(RobustnessBadge.reason(robustness));
            List<WhatIfItem> shown = _find(card, WhatIfItem.class);
            assertThat(shown).hasSize(Math.min(robustness.changes().size(), RecommendationCard.CHANGES_SHOWN));
            showInOrder(shown, robustness.changes());
        }
        // the growth-phase window rests on four answers, any of which can close it
        assertThat(_get(cards.get(0), RobustnessBadge.class).getText()).isEqualTo(Robustness.FRAGILE);
        assertThat(cards.subList(analysis.robustness().size(), cards.size()))
                .allSatisfy(c -> assertThat(_find(c, RobustnessBadge.class)).isEmpty());
    }

    @Test
    void aRecommendationRankedBelowTheTopThreeSaysWhatWouldBringItIn() {
        // Ghana's craft exporters get seven recommendations: four below the top three
        Answers answers = bean(CaseLibrary.class).find("ghana-craft-exports").orElseThrow().answers();
        openResultsFor(answers);
        Analysis analysis = analysisOf(answers);

        List<RecommendationCard> below = _find(RecommendationCard.class).stream().skip(Analysis.TOP).toList();
        assertThat(below).isNotEmpty();
        for (RecommendationCard card : below) {
            WhyNot whyNot = analysis.whyNot().stream()
                    .filter(w -> w.recommendation().equals(card.recommendation().id())).findFirst().orElseThrow();
            assertThat(text(card)).contains("What would change it").containsIgnoringCase(whyNot.status());
            assertThat(_find(card, RobustnessBadge.class)).isEmpty();
            List<WhatIfItem> shown = _find(card, WhatIfItem.class);
            assertThat(shown).hasSize(Math.min(whyNot.wouldBringIn().size(), RecommendationCard.CHANGES_SHOWN));
            showInOrder(shown, whyNot.wouldBringIn());
        }
    }

    @Test
    void whatIfListsEveryChangeThatMovesTheTopThreeWithWhatItDoesAndATryButtonForEach() {
        Answers answers = castellon();
        openResultsFor(answers);
        Analysis analysis = analysisOf(answers);
        Section section = _get(Section.class, spec -> spec.withClasses("what-if-section"));

        List<WhatIfItem> items = _find(section, WhatIfItem.class);
        assertThat(items).hasSize(analysis.whatIf().size());
        showInOrder(items, analysis.whatIf());
        assertThat(text(section)).contains(analysis.extent().singleChanges() + " single changes");
        // the adviser's own workbench: each what-if the analysis found can be tried, as a trainer tries it on a case
        assertThat(_find(section, Button.class, spec -> spec.withClasses("try-what-if"))).hasSize(items.size());
    }

    @Test
    void whyNotExplainsEveryRecommendationOutsideTheTopThreeDownToTheQuestionsThatStandInItsWay() {
        Answers answers = castellon();
        openResultsFor(answers);
        Analysis analysis = analysisOf(answers);
        Section section = _get(Section.class, spec -> spec.withClasses("why-not-section"));

        List<Details> entries = _find(section, Details.class, spec -> spec.withClasses("why-not"));
        assertThat(entries).extracting(d -> d.getElement().getAttribute("data-recommendation"))
                .containsExactlyInAnyOrderElementsOf(analysis.whyNot().stream().map(WhyNot::recommendation).toList());
        assertThat(entries).allSatisfy(d -> assertThat(d.isOpened()).isFalse());

        // Castellón leaves the LED strategy's rationale open; a plan that names neither advantage nor failure would
        // argue for acting on a clear position
        Details quickWins = entries.stream()
                .filter(d -> d.getElement().getAttribute("data-recommendation").equals("act-on-quick-wins")).findFirst().orElseThrow();
        WhyNot whyNot = analysis.whyNot().stream().filter(w -> w.recommendation().equals("act-on-quick-wins")).findFirst().orElseThrow();
        String shown = text(quickWins);
        assertThat(shown).contains("Not made").contains("What it lacks")
                .contains("\"What reason does the LED strategy give for public action in the local economy?\" is answered don't know")
                .contains("Chapter: " + whyNot.section());
        whyNot.missingSupport().forEach(s -> assertThat(shown).contains("“" + s.findingTitle() + "” would add +" + s.weight()));
        assertThat(_find(quickWins, WhatIfItem.class)).hasSize(whyNot.wouldBringIn().size()).isNotEmpty();
    }

    @Test
    void theNoteSaysWhatEachAnswerToAnOpenQuestionWouldDo() {
        Answers answers = castellon();
        openResultsFor(answers);
        org.locus.analysis.NextQuestion first = analysisOf(answers).nextQuestions().get(0);
        ListItem item = _get(ListItem.class, spec -> spec.withPredicate(
                li -> first.question().equals(li.getElement().getAttribute("data-question"))
                        && li.getParent().flatMap(p -> p.getParent()).filter(Aside.class::isInstance).isPresent()));
        first.answers().stream().filter(a -> !a.effects().isEmpty()).forEach(a ->
                assertThat(text(item)).contains("if answered “" + a.text() + "”: “" + a.effects().get(0).title() + "”"));
    }

    /** Each item shown is the what-if at its place in the list, with its changes and every effect in words. */
    private static void showInOrder(List<WhatIfItem> shown, List<WhatIf> whatIfs) {
        for (int i = 0; i < shown.size(); i++) {
            WhatIf whatIf = whatIfs.get(i);
            String text = text(shown.get(i));
            assertThat(text).contains(WhatIfItem.describe(whatIf.changes()));
            whatIf.effects().forEach(e -> assertThat(text).contains(WhatIfItem.describe(e)));
        }
    }
}
