package org.locus.ui.assessment;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.questionnaire.InvalidAnswersException;
import org.locus.questionnaire.Questionnaire;

import java.nio.charset.StandardCharsets;

/**
 * Reads an uploaded answers document. A valid one is announced with an {@link UploadedEvent}; an invalid one changes
 * nothing and lists its problems, each with the question it concerns.
 */
public class AnswersUpload extends Composite<Div> {

    /** Fired when a file held a valid answers document. */
    public static class UploadedEvent extends ComponentEvent<AnswersUpload> {
        private final Answers answers;
        private final String fileName;

        UploadedEvent(AnswersUpload source, Answers answers, String fileName) {
            super(source, false);
            this.answers = answers;
            this.fileName = fileName;
        }

        public Answers answers() {
            return answers;
        }

        public String fileName() {
            return fileName;
        }
    }

    static final int MAX_BYTES = 512 * 1024;

    private final Upload upload;
    private final UploadProblems problems;

    public AnswersUpload(AnswersReader reader, Questionnaire questionnaire) {
        problems = new UploadProblems(questionnaire);
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> read(reader, metadata.fileName(), data)));
        upload.setAcceptedMimeTypes("application/json");
        upload.setAcceptedFileExtensions(".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropAllowed(false);
        Button button = new Button("Upload answers", VaadinIcon.UPLOAD_ALT.create());
        button.setTooltipText("Load answers from a file you downloaded before, or one written for the command line or the API");
        upload.setUploadButton(button);
        upload.addFileRejectedListener(e -> problems.showRejected(e.getFileName(), e.getErrorMessage()));
        upload.addClassName("answers-upload");
        getContent().addClassName("answers-upload-box");
        getContent().add(upload, problems);
    }

    private void read(AnswersReader reader, String fileName, byte[] data) {
        upload.clearFileList();
        // the browser checks the size too, but only for a browser that runs this page's script
        if (data.length > MAX_BYTES) {
            problems.showRejected(fileName, "the file is larger than " + MAX_BYTES / 1024 + " KB.");
            return;
        }
        try {
            Answers answers = reader.read(new String(data, StandardCharsets.UTF_8));
            problems.clear();
            fireEvent(new UploadedEvent(this, answers, fileName));
        } catch (InvalidAnswersException e) {
            problems.show(fileName, e.problems());
        }
    }

    public Registration addUploadedListener(ComponentEventListener<UploadedEvent> listener) {
        return addListener(UploadedEvent.class, listener);
    }

    Upload upload() {
        return upload;
    }
}
