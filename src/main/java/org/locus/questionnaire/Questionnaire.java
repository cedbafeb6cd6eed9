package org.locus.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sections and questions an adviser answers, in the order they are asked. */
public final class Questionnaire {

    private final List<Section> sections;
    private final Map<String, Question> questions;

    public Questionnaire(List<Section> sections) {
        this.sections = List.copyOf(sections);
        Map<String, Question> byId = new LinkedHashMap<>();
        sections.forEach(s -> s.questions().forEach(q -> byId.put(q.id(), q)));
        this.questions = Collections.unmodifiableMap(byId);
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    public Question require(String id) {
        return question(id).orElseThrow(() -> new IllegalArgumentException("no question " + id));
    }

    public boolean has(String id) {
        return questions.containsKey(id);
    }
}
