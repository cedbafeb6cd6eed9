package org.locus.ui.assessment;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locus.knowledge.Answer;
import org.locus.ui.KaribuTest;
import org.locus.ui.wizard.AssessmentView;

import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload's 512 KB holds on the server too: a file that reaches it past the browser's check (a script, another
 * client) is refused there and changes nothing, however valid it is.
 */
class UploadLimitTest extends KaribuTest {

    private final Answer given = Answer.yesNo("cluster-present", true);

    @BeforeEach
    void openTheWizardWithOneAnswer() {
        bean(CurrentAssessment.class).answer(given.getQuestion(), given);
        UI.getCurrent().navigate(AssessmentView.class);
    }

    @Test
    void aValidFileOverTheLimitIsRefusedOnTheServer() {
        String padded = "{\"answers\": {\"firm-entry\": \"stable\"}}" + " ".repeat(AnswersUpload.MAX_BYTES);

        UploadKt._upload(_get(Upload.class), "large.json", "application/json", padded.getBytes(StandardCharsets.UTF_8));

        assertThat(bean(CurrentAssessment.class).answers().get("firm-entry")).isEmpty();
        assertThat(bean(CurrentAssessment.class).answers().get(given.getQuestion())).contains(given);
        assertThat(_get(UploadProblems.class).getElement().getTextRecursively())
                .contains("large.json was not loaded", "larger than 512 KB");
    }
}
