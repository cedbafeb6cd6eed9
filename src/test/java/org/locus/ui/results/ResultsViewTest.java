package org.locus.ui.results;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.locus.explanation.TraceStep;
import org.locus.knowledge.Catalogue;
import org.locus.questionnaire.Answers;
import org.locus.rulebase.RuleBase;
import org.locus.ui.KaribuTest;
import org.locus.ui.assessment.CurrentAssessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

        assertThat(shown).contains(top.title()).contains("score " + top.score()).contains(top.summary());
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
    void withNoAnswersANoteSaysSoAndThereIsNoRecommendation() {
        openResultsFor(Answers.none());
        int total = bean(RuleBase.class).questionnaire().questions().size();
        Aside note = _get(Aside.class, spec -> spec.withClasses("open-questions"));
        assertThat(note.isVisible()).isTrue();
        assertThat(text(note)).contains(total + " of " + total + " questions are don't know");
        assertThat(_find(RecommendationCard.class)).isEmpty();
    }

    @Test
    void theNoteListsTheOpenQuestionsThatMatterAsLinksToThem() {
        Answers answers = castellon();
        DiagnosisResult result = openResultsFor(answers);
        List<String> expected = new ArrayList<>(bean(OpenQuestions.class).worthAnswering(answers, result).stream()
                .limit(OpenQuestionsNote.SHOWN).map(o -> o.question().id()).toList());

        List<String> listed = _find(ListItem.class, spec -> spec.withPredicate(
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
}
