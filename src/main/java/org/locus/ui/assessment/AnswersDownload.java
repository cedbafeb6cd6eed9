package org.locus.ui.assessment;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.locus.questionnaire.Answers;

/** A link that downloads the current answers as the answers document the command line and the API read. */
public class AnswersDownload extends Anchor {

    public static final String FILE_NAME = "locus-answers.json";

    public AnswersDownload(SerializableSupplier<Answers> answers) {
        super(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = AnswersDocument.write(answers.get()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), FILE_NAME, "application/json", bytes.length);
        }), AttachmentType.DOWNLOAD, "");
        add(VaadinIcon.DOWNLOAD_ALT.create());
        add("Download answers");
        addClassName("button-link");
        getElement().setAttribute("title", "Save your answers as " + FILE_NAME + " (for the command line, the API, or later)");
    }
}
