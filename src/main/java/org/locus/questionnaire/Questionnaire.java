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

    /**
     * Whether the question applies to a region with these answers: each of its conditions names an earlier question
     * that applies and is either unanswered (it may still turn out to apply) or answered with one of the values.
     */
    public boolean applies(Question question, Answers answers) {
        return whyNotAsked(question, answers).isEmpty();
    }

    /** The first condition that rules the question out on these answers, if any. */
    public Optional<AskedWhen> whyNotAsked(Question question, Answers answers) {
        for (AskedWhen condition : question.askedWhen()) {
            Question earlier = require(condition.question());
            boolean holds = applies(earlier, answers)
                    && answers.get(earlier.id()).map(condition::heldBy).orElse(true);
            if (!holds) {
                return Optional.of(condition);
            }
        }
        return Optional.empty();
    }

    /**
     * These answers without those to questions that no longer apply: what an answer changed in a what-if leaves
     * behind. Conditions name earlier questions, so one pass in questionnaire order settles every chain.
     */
    public Answers keepApplicable(Answers answers) {
        Answers kept = answers;
        for (Question question : questions.values()) {
            if (kept.isAnswered(question.id()) && !applies(question, kept)) {
                kept = kept.with(question.id(), null);
            }
        }
        return kept;
    }
}
