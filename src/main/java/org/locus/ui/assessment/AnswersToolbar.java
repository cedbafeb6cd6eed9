package org.locus.ui.assessment;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.Questionnaire;
import org.locus.ui.Notifications;

/** Download, upload and start over: what an adviser can do with the answers as a whole. */
public class AnswersToolbar extends Composite<Div> {

    public AnswersToolbar(Questionnaire questionnaire, AnswersReader reader, CurrentAssessment assessment) {
        AnswersUpload upload = new AnswersUpload(reader, questionnaire);
        upload.addUploadedListener(e -> {
            assessment.replace(e.answers());
            Notifications.success("Loaded " + e.answers().size() + " answers from " + e.fileName() + ".");
        });
        Button startOver = new Button("Start over", VaadinIcon.ERASER.create(), e -> confirmStartOver(assessment));
        startOver.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getContent().addClassName("answers-toolbar");
        getContent().add(new AnswersDownload(assessment::answers), upload, startOver);
    }

    private static void confirmStartOver(CurrentAssessment assessment) {
        ConfirmDialog dialog = new ConfirmDialog("Start over?",
                "This clears all " + assessment.answers().size() + " answers in this browser. Download them first if "
                        + "you want to keep them.", "Clear all answers", e -> {
                    assessment.replace(Answers.none());
                    Notifications.success("All answers cleared.");
                });
        dialog.setCancelable(true);
        dialog.setCancelText("Keep my answers");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
