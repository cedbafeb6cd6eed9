package org.locus;

import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.locus.questionnaire.AnswersReader;
import org.locus.rulebase.RuleBase;

import java.nio.file.Path;

/**
 * A tiny knowledge base (src/test/resources/mini-rules) whose outcomes are known by construction: red tape alone
 * gives cut-red-tape (3); slow growth (growth ≤ 2, or remoteness) makes a lagging place, hence coordinate (3) and
 * counter-evidence −1 against cut-red-tape; footwear exporting ≥ 50 % gives map-chain (2) and coordinate (1).
 */
public final class MiniRuleBase {

    private static RuleBase ruleBase;

    private MiniRuleBase() {
    }

    public static synchronized RuleBase get() {
        if (ruleBase == null) {
            ruleBase = RuleBase.load(Path.of("src/test/resources/mini-rules"));
        }
        return ruleBase;
    }

    public static DiagnosisResult diagnose(String answersJson) {
        return new Diagnostician(get()).diagnose(new AnswersReader(get().questionnaire()).read(answersJson));
    }
}
