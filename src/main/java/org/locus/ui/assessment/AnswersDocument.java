package org.locus.ui.assessment;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The answers document, {@code {"answers": {...}}}, written for a file or the browser's storage, and read back from
 * the browser's storage. Uploads are read strictly by {@link AnswersReader}; a document the browser saved is read
 * leniently, because the questionnaire may have changed since: answers that still fit are kept, the rest are named.
 */
public final class AnswersDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AnswersReader reader;

    public AnswersDocument(AnswersReader reader) {
        this.reader = reader;
    }

    /** What a saved document gives back: the answers that still fit, and the question ids of those that do not. */
    public record Restored(Answers answers, List<String> dropped) {
    }

    public static String write(Answers answers) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answers.toDocument());
    }

    public Restored restore(String saved) {
        if (saved == null || saved.isBlank()) {
            return new Restored(Answers.none(), List.of());
        }
        JsonNode values;
        try {
            values = JSON.readTree(saved).path("answers");
        } catch (JacksonException e) {
            return new Restored(Answers.none(), List.of());
        }
        List<Answer> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : values.properties()) {
            try {
                Answer answer = reader.answer(entry.getKey(), entry.getValue());
                if (answer != null) {
                    kept.add(answer);
                }
            } catch (IllegalArgumentException e) {
                dropped.add(entry.getKey());
            }
        }
        return new Restored(new Answers(kept), List.copyOf(dropped));
    }
}
