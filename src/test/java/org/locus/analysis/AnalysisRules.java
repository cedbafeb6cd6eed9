package org.locus.analysis;

import tools.jackson.databind.ObjectMapper;
import org.locus.diagnosis.Diagnostician;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.rulebase.RuleBase;

import java.nio.file.Path;

/**
 * The small rule base of {@code src/test/resources/analysis-rules}, compiled once per test run, and its base answers.
 * Its rules are built so that every analysis has an outcome known by construction; the comments in its files say how.
 */
final class AnalysisRules {

    static final String BASE = """
            {"answers": {"a": true, "level": 5, "g": true, "b": true, "veto": false, "share": 50, "kind": "y",
                         "d": false, "j": false}}""";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RuleBase ruleBase;

    private AnalysisRules() {
    }

    static synchronized RuleBase get() {
        if (ruleBase == null) {
            ruleBase = RuleBase.load(Path.of("src/test/resources/analysis-rules"));
        }
        return ruleBase;
    }

    static Analyst analyst() {
        return new Analyst(new Diagnostician(get()));
    }

    static Answers answers(String json) {
        return new AnswersReader(get().questionnaire()).read(json);
    }

    /** The base answers with some changed: {@code base("veto", true)}. */
    static Answers base(Object... questionAndValue) {
        Answers answers = answers(BASE);
        AnswersReader reader = new AnswersReader(get().questionnaire());
        for (int i = 0; i < questionAndValue.length; i += 2) {
            String question = (String) questionAndValue[i];
            answers = answers.with(question, reader.answer(question, JSON.valueToTree(questionAndValue[i + 1])));
        }
        return answers;
    }
}
