package org.locus.ui.cases;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locus.ui.workbench.NextQuestionsList;
import org.locus.ui.workbench.MovesPanel;
import org.locus.ui.workbench.RankingMove;
import org.locus.analysis.Analysis;
import org.locus.analysis.Analyst;
import org.locus.analysis.AnswerChange;
import org.locus.analysis.RankChange;
import org.locus.analysis.Robustness;
import org.locus.analysis.WhatIf;
import org.locus.analysis.WhyNot;
import org.locus.cases.CaseLibrary;
import org.locus.cases.CaseLibraryTest;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.Diagnostician;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.ui.KaribuTest;
import org.locus.ui.results.RecommendationCard;
import org.locus.ui.results.RobustnessBadge;
import org.locus.ui.results.WhatIfItem;

import java.util.List;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case of the library on the trainer's page: the four analyses shown are the analyst's, and trying the first
 * what-if does exactly what it said it would.
 */
class CaseAnalysesOnScreenTest extends KaribuTest {

    static Stream<String> caseIds() {
        return CaseLibraryTest.library().cases().stream().map(LibraryCase::id);
    }

    private static List<String> shownRanking() {
        return _find(RecommendationCard.class).stream().map(c -> c.recommendation().id()).toList();
    }

    @ParameterizedTest
    @MethodSource("caseIds")
    void theTrainersPageShowsTheFourAnalysesAndTheirWhatIfsDoWhatTheySay(String caseId) {
        LibraryCase libraryCase = bean(CaseLibrary.class).find(caseId).orElseThrow();
        Analysis analysis = bean(Analyst.class).analysis(libraryCase.answers());
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));

        List<RecommendationCard> cards = _find(RecommendationCard.class);
        for (Robustness robustness : analysis.robustness()) {
            assertThat(_get(cards.get(robustness.rank() - 1), RobustnessBadge.class).getText()).as("robustness")
                    .isEqualTo(robustness.label());
        }
        Section whatIfSection = _get(Section.class, spec -> spec.withClasses("what-if-section"));
        assertThat(_find(whatIfSection, WhatIfItem.class)).as("what if").hasSize(analysis.whatIf().size());
        assertThat(_find(Details.class, spec -> spec.withClasses("why-not")))
                .extracting(d -> d.getElement().getAttribute("data-recommendation")).as("why not")
                .containsExactlyInAnyOrderElementsOf(analysis.whyNot().stream().map(WhyNot::recommendation).toList());
        for (WhyNot whyNot : analysis.whyNot()) {
            String shown = _get(Details.class, spec -> spec.withClasses("why-not")
                    .withAttribute("data-recommendation", whyNot.recommendation())).getElement().getTextRecursively();
            assertThat(shown).as("why not %s", whyNot.recommendation()).containsIgnoringCase(whyNot.status())
                    .contains("Chapter: " + whyNot.section());
            whyNot.counterEvidence().forEach(c -> assertThat(shown).contains("“" + c.findingTitle() + "” (" + c.weight() + ")"));
            whyNot.missingSupport().forEach(m -> assertThat(shown).contains("“" + m.findingTitle() + "” would add +" + m.weight()));
            whyNot.missingSupport().forEach(m -> m.rule().obstacles().forEach(o -> assertThat(shown).contains(o.text())));
        }
        List<NextQuestionsList> next = _find(NextQuestionsList.class);
        assertThat(next).as("next questions shown").hasSize(analysis.nextQuestions().isEmpty() ? 0 : 1);
        assertThat(next.isEmpty() ? List.<ListItem>of() : _find(next.get(0), ListItem.class, spec -> spec.withPredicate(li -> li.getElement().hasAttribute("data-question"))))
                .extracting(li -> li.getElement().getAttribute("data-question")).as("next questions")
                .containsExactlyElementsOf(analysis.nextQuestions().stream().limit(NextQuestionsList.SHOWN)
                        .map(n -> n.question()).toList());

        if (analysis.whatIf().isEmpty()) {
            return;
        }
        WhatIf first = analysis.whatIf().get(0);
        _click(_get(_find(whatIfSection, WhatIfItem.class).get(0), Button.class, spec -> spec.withClasses("try-what-if")));

        Answers tried = libraryCase.answers();
        for (AnswerChange change : first.changes()) {
            tried = change.applyTo(tried, bean(AnswersReader.class));
        }
        List<String> ranking = shownRanking();
        assertThat(ranking).isEqualTo(bean(Diagnostician.class).diagnose(tried).recommendationIds());
        List<String> topThree = ranking.subList(0, Math.min(Analysis.TOP, ranking.size()));
        for (RankChange effect : first.effects()) {
            if (effect.effect().equals(RankChange.LEAVES)) {
                assertThat(topThree).as(effect.text()).doesNotContain(effect.recommendation());
            } else {
                assertThat(ranking.indexOf(effect.recommendation()) + 1).as(effect.text()).isEqualTo(effect.toRank());
            }
        }
        assertThat(_get(MovesPanel.class).isVisible()).isTrue();
    }
}
