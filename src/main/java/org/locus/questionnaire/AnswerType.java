package org.locus.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/** How a question is answered. The ids are the ones the questionnaire file and the API use. */
public enum AnswerType {
    YES_NO("yes-no"),
    SCALE("scale"),
    CHOICE("choice"),
    NUMBER("number");

    private final String id;

    AnswerType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<AnswerType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
