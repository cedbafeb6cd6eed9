package org.locus.ui.assessment;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;
import org.locus.ui.KaribuTest;
import org.locus.ui.wizard.AssessmentView;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Download and upload of the answers document on the wizard, through the components an adviser uses. */
class AnswersTransferTest extends KaribuTest {

    private final Answer given = Answer.yesNo("cluster-present", true);

    @BeforeEach
    void openTheWizardWithOneAnswer() {
        bean(CurrentAssessment.class).answer(given.getQuestion(), given);
        UI.getCurrent().navigate(AssessmentView.class);
    }

    private static void upload(String fileName, String content) {
        UploadKt._upload(_get(Upload.class), fileName, "application/json", content.getBytes(StandardCharsets.UTF_8));
    }

    private static UploadProblems problems() {
        return _get(UploadProblems.class);
    }

    private static String problemText() {
        return problems().getElement().getTextRecursively();
    }

    private Answers current() {
        return bean(CurrentAssessment.class).answers();
    }

    private Question question(String id) {
        return bean(RuleBase.class).questionnaire().require(id);
    }

    @Test
    void downloadGivesTheAnswersDocumentTheCommandLineReads() {
        byte[] bytes = DownloadKt._download(_get(AnswersDownload.class));
        String document = new String(bytes, StandardCharsets.UTF_8);
        assertThat(document).contains("\"answers\"");
        assertThat(bean(AnswersReader.class).read(document)).isEqualTo(current());
    }

    @Test
    void aValidUploadReplacesTheAnswers() {
        upload("region.json", "{\"answers\": {\"firm-entry\": \"stable\", \"private-collective-action\": 2}}");

        assertThat(current()).isEqualTo(new Answers(List.of(Answer.choice("firm-entry", "stable"),
                Answer.number("private-collective-action", 2))));
        assertThat(_find(UploadProblems.class)).isEmpty();
        NotificationsKt.expectNotifications("Loaded 2 answers from region.json.");
    }

    @Test
    void badValuesAreListedWithTheirQuestionsAndChangeNothing() {
        upload("bad.json", "{\"answers\": {\"private-collective-action\": 9, \"cluster-present\": \"maybe\"}}");

        assertThat(current()).isEqualTo(new Answers(List.of(given)));
        assertThat(problems().isVisible()).isTrue();
        assertThat(problemText())
                .contains("bad.json was not loaded, and your answers are unchanged")
                .contains("Fix these 2 problems")
                .contains(question("private-collective-action").text()).contains("9 is above the maximum 5")
                .contains(question("cluster-present").text()).contains("expected true, false or \"unknown\"");
    }

    @Test
    void anUnknownQuestionIsNamedWithItsId() {
        upload("typo.json", "{\"answers\": {\"cluster-presence\": true}}");

        assertThat(current()).isEqualTo(new Answers(List.of(given)));
        assertThat(problemText()).contains("cluster-presence").contains("unknown question");
    }

    @Test
    void somethingThatIsNotJsonSaysWhereItBreaks() {
        upload("notes.json", "answers: yes");

        assertThat(current()).isEqualTo(new Answers(List.of(given)));
        assertThat(problemText()).contains("The document").contains("not valid JSON at line 1");
    }

    @Test
    void aGoodUploadAfterABadOneClearsTheProblems() {
        upload("bad.json", "{}");
        assertThat(problems().isVisible()).isTrue();
        assertThat(problemText()).contains("'answers' is missing");

        upload("good.json", "{\"answers\": {}}");
        assertThat(_find(UploadProblems.class)).isEmpty();
        assertThat(current()).isEqualTo(Answers.none());
    }
}
