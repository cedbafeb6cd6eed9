package org.locus.questionnaire;

import org.locus.knowledge.Answer;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A region's validated answers: the answers given, by question id. A question that is absent is don't-know; it never
 * becomes a default value.
 */
public final class Answers {

    private final Map<String, Answer> given;

    public Answers(Collection<Answer> answers) {
        Map<String, Answer> byQuestion = new LinkedHashMap<>();
        answers.forEach(a -> byQuestion.put(a.getQuestion(), a));
        this.given = Collections.unmodifiableMap(byQuestion);
    }

    public static Answers none() {
        return new Answers(List.of());
    }

    public Collection<Answer> facts() {
        return given.values();
    }

    public Optional<Answer> get(String questionId) {
        return Optional.ofNullable(given.get(questionId));
    }

    public boolean isAnswered(String questionId) {
        return given.containsKey(questionId);
    }

    public int size() {
        return given.size();
    }

    /** These answers with one question answered (or, with {@code null}, made don't-know). */
    public Answers with(String questionId, Answer answer) {
        Map<String, Answer> copy = new LinkedHashMap<>(given);
        if (answer == null) {
            copy.remove(questionId);
        } else {
            copy.put(questionId, answer);
        }
        return new Answers(copy.values());
    }

    /** The answers document, {@code {"answers": {...}}}, as plain maps ready for any JSON writer. */
    public Map<String, Object> toDocument() {
        Map<String, Object> values = new LinkedHashMap<>();
        given.forEach((id, answer) -> values.put(id, answer.documentValue()));
        return Map.of("answers", values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answers other && given.equals(other.given);
    }

    @Override
    public int hashCode() {
        return given.hashCode();
    }

    @Override
    public String toString() {
        return "Answers" + given.values();
    }
}
