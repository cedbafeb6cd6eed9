package org.locus;

import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.locus.knowledge.RuleFiles;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.locus.rulebase.Folders;
import org.locus.rulebase.RuleBase;

import java.nio.file.Path;

/**
 * The project's own {@code rules/} folder, compiled once for the whole test run: compiling takes seconds, and
 * sharing the compiled rules is exactly what the application does too.
 */
public final class TestRuleBase {

    private static volatile RuleBase ruleBase;

    private TestRuleBase() {
    }

    public static synchronized RuleBase get() {
        if (ruleBase == null) {
            ruleBase = RuleBase.load(new RuleFiles("rules", Folders.fromDirectory(Path.of("rules"))));
        }
        return ruleBase;
    }

    public static Diagnostician diagnostician() {
        return new Diagnostician(get());
    }

    /** Diagnoses an answers document written inline, e.g. {@code diagnose("{\"answers\": {...}}")}. */
    public static DiagnosisResult diagnose(String answersJson) {
        Answers answers = new AnswersReader(get().questionnaire()).read(answersJson);
        return diagnostician().diagnose(answers);
    }

    /** Shorthand for tests: {@code answers("cluster-present", true, "firm-entry", "many-entries")}. */
    public static DiagnosisResult diagnose(Object... questionAndValue) {
        StringBuilder json = new StringBuilder("{\"answers\":{");
        for (int i = 0; i < questionAndValue.length; i += 2) {
            if (i > 0) {
                json.append(',');
            }
            Object value = questionAndValue[i + 1];
            json.append('"').append(questionAndValue[i]).append("\":")
                    .append(value instanceof String s ? "\"" + s + "\"" : String.valueOf(value));
        }
        return diagnose(json.append("}}").toString());
    }
}
