package org.locus.ui.cases;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import org.locus.ui.workbench.NextQuestionsList;
import org.locus.ui.workbench.MovesPanel;
import org.locus.ui.workbench.RankingMove;
import org.locus.analysis.Analyst;
import org.locus.analysis.NextQuestion;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.ui.KaribuTest;
import org.locus.ui.assessment.CurrentAssessment;
import org.locus.ui.results.RecommendationCard;
import org.locus.ui.results.WhatIfItem;
import org.locus.ui.wizard.AssessmentView;
import org.locus.ui.wizard.QuestionField;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CaseViewTest extends KaribuTest {

    /** The chapter's growth-phase case; its teaching notes ask for exactly the what-if tested here. */
    private static final String CASTELLON = "castellon-ceramic-tiles";
    private static final String COLLECTIVE_ACTION = "private-collective-action";

    private LibraryCase castellon;

    @BeforeEach
    void openCastellon() {
        castellon = bean(CaseLibrary.class).find(CASTELLON).orElseThrow();
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(CASTELLON));
    }

    private static String pageText() {
        return _get(CaseView.class).getElement().getTextRecursively();
    }

    private static List<String> shownRanking() {
        return _find(RecommendationCard.class).stream().map(c -> c.recommendation().id()).toList();
    }

    private static QuestionField fieldOf(String questionId) {
        return _get(QuestionField.class, spec -> spec.withPredicate(
                f -> questionId.equals(f.getElement().getAttribute("data-question"))));
    }

    @SuppressWarnings("unchecked")
    private static void answerScale(String questionId, String point) {
        _setValue((RadioButtonGroup<String>) fieldOf(questionId).input(), point);
    }

    @Test
    void showsTheStorySourcesAndTeachingNotes() {
        assertThat(_get(H1.class).getText()).isEqualTo(castellon.title());
        assertThat(pageText()).contains(castellon.place()).contains(castellon.period()).contains(castellon.sector())
                .contains(castellon.summary()).contains(castellon.teachingNotes());
        castellon.sources().forEach(source -> assertThat(_find(ListItem.class, spec -> spec.withText(source))).isNotEmpty());
    }

    @Test
    void showsTheCasesAnswersWithTheAssumedOnesMarked() {
        for (String question : castellon.answers().facts().stream().map(Answer::getQuestion).toList()) {
            String marks = fieldOf(question).getElement().getTextRecursively();
            assertThat(marks.contains("assumed")).as(question).isEqualTo(castellon.assumed().contains(question));
        }
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> collectiveAction = (RadioButtonGroup<String>) fieldOf(COLLECTIVE_ACTION).input();
        assertThat(collectiveAction.getValue()).isEqualTo(castellon.answers().get(COLLECTIVE_ACTION).orElseThrow().getValue());
    }

    @Test
    void showsTheResultsOfTheCaseAsWritten() {
        assertThat(shownRanking()).isEqualTo(bean(Diagnostician.class).diagnose(castellon.answers()).recommendationIds());
        assertThat(_find(MovesPanel.class)).isEmpty();
    }

    @Test
    void changingAnAnswerReRanksAtOnceAndShowsWhatMoved() {
        answerScale(COLLECTIVE_ACTION, "1");

        Answers changed = castellon.answers().with(COLLECTIVE_ACTION, Answer.number(COLLECTIVE_ACTION, 1));
        DiagnosisResult before = bean(Diagnostician.class).diagnose(castellon.answers());
        DiagnosisResult after = bean(Diagnostician.class).diagnose(changed);
        assertThat(shownRanking()).isEqualTo(after.recommendationIds());

        List<RankingMove> moves = RankingMove.between(before.recommendations(), after.recommendations());
        assertThat(moves).as("the growth window closes, as the teaching notes say")
                .anySatisfy(m -> {
                    assertThat(m.recommendation()).isEqualTo("use-growth-window");
                    assertThat(m.kind()).isIn(RankingMove.Kind.LEFT, RankingMove.Kind.DOWN);
                });
        MovesPanel panel = _get(MovesPanel.class);
        assertThat(panel.isVisible()).isTrue();
        String shown = panel.getElement().getTextRecursively();
        assertThat(shown).contains("one changed answer");
        moves.forEach(m -> assertThat(shown).contains(m.describe()));
        assertThat(fieldOf(COLLECTIVE_ACTION).getElement().getTextRecursively()).contains("changed · the case says: 5 of 5");
    }

    @Test
    void aWhatIfIsTriedWithOneClickAndDoesWhatItSaid() {
        Section whatIfs = _get(Section.class, spec -> spec.withClasses("what-if-section"));
        WhatIfItem noCluster = _get(whatIfs, WhatIfItem.class, spec -> spec.withPredicate(w ->
                "cluster-present".equals(w.getElement().getAttribute("data-questions"))
                        && w.getElement().getTextRecursively().contains("were no (now yes)")));
        assertThat(noCluster.getElement().getTextRecursively())
                .contains("“Use the growth-phase window for private-led collective action” leaves the top three");

        Button tryIt = _get(noCluster, Button.class, spec -> spec.withText("Try it"));
        assertThat(tryIt.getElement().getAttribute("aria-label"))
                .isEqualTo("Try it: If “Is there a concentration of firms in one sector and its suppliers in the location?” were no (now yes)");
        _click(tryIt);

        List<String> ranking = shownRanking();
        assertThat(ranking).doesNotContain("use-growth-window");
        assertThat(ranking.get(0)).isEqualTo("drop-fashion-targeting");
        assertThat(fieldOf("cluster-present").getElement().getTextRecursively()).contains("changed · the case says: yes");
        assertThat(_get(MovesPanel.class).getElement().getTextRecursively()).contains("one changed answer");
    }

    @Test
    void aQuestionWorthAskingNextIsAnsweredWithOneClick() {
        NextQuestion first = bean(Analyst.class).analysis(castellon.answers()).nextQuestions().get(0);
        NextQuestion.PossibleAnswer telling = first.answers().stream().filter(a -> !a.effects().isEmpty()).findFirst().orElseThrow();
        ListItem question = _get(_get(NextQuestionsList.class), ListItem.class,
                spec -> spec.withAttribute("data-question", first.question()));

        _click(_get(question, Button.class, spec -> spec.withText("“" + telling.text() + "”")));

        Answers answered = castellon.answers().with(first.question(),
                bean(AnswersReader.class).answer(first.question(), new ObjectMapper().valueToTree(telling.value())));
        assertThat(shownRanking()).isEqualTo(bean(Diagnostician.class).diagnose(answered).recommendationIds());
        telling.effects().stream().filter(e -> e.toRank() != null)
                .forEach(e -> assertThat(shownRanking().indexOf(e.recommendation()) + 1).isEqualTo(e.toRank()));
        assertThat(fieldOf(first.question()).getElement().getTextRecursively()).contains("changed · the case says: don't know");
    }

    @Test
    void backToTheCaseAsWrittenUndoesEveryChange() {
        answerScale(COLLECTIVE_ACTION, "1");

        _click(_get(Button.class, spec -> spec.withId("reset-case")));

        assertThat(shownRanking()).isEqualTo(bean(Diagnostician.class).diagnose(castellon.answers()).recommendationIds());
        assertThat(_find(MovesPanel.class)).isEmpty();
        assertThat(fieldOf(COLLECTIVE_ACTION).getElement().getTextRecursively()).doesNotContain("changed");
    }

    @Test
    void openInWizardWalksThroughTheCaseWithTheTrainersChanges() {
        answerScale(COLLECTIVE_ACTION, "2");

        _click(_get(Button.class, spec -> spec.withId("open-in-wizard")));

        assertThat(_get(AssessmentView.class)).isNotNull();
        assertThat(bean(CurrentAssessment.class).answers())
                .isEqualTo(castellon.answers().with(COLLECTIVE_ACTION, Answer.number(COLLECTIVE_ACTION, 2)));
    }

    @Test
    void openInWizardAsksBeforeReplacingAnAssessmentInProgress() {
        Answers inProgress = new Answers(List.of(Answer.yesNo("cluster-present", false)));
        bean(CurrentAssessment.class).replace(inProgress);

        _click(_get(Button.class, spec -> spec.withId("open-in-wizard")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireCancel(dialog);
        assertThat(bean(CurrentAssessment.class).answers()).isEqualTo(inProgress);

        _click(_get(Button.class, spec -> spec.withId("open-in-wizard")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(bean(CurrentAssessment.class).answers()).isEqualTo(castellon.answers());
        assertThat(_get(AssessmentView.class)).isNotNull();
    }

    @Test
    void anUnknownCaseSaysSoAndLeadsBackToTheLibrary() {
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters("atlantis"));

        assertThat(pageText()).contains("There is no case 'atlantis' in the library");
        assertThat(_find(MovesPanel.class)).isEmpty();
        assertThat(_get(_get(CaseView.class), RouterLink.class, spec -> spec.withText("Case library")).getHref())
                .isEqualTo("cases");
    }
}
