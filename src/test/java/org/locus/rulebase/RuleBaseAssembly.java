package org.locus.rulebase;

import org.locus.engine.InferenceEngine;
import org.locus.knowledge.RuleFiles;

/**
 * A rule base over rule files compiled some other way than {@link RuleBase#load} compiles them, with the
 * questionnaire and catalogue of another rule base: the mutation check changes the .drl files only, so it reads the
 * data files once. The consistency check runs as at every load.
 */
public final class RuleBaseAssembly {

    private RuleBaseAssembly() {
    }

    public static RuleBase assemble(RuleFiles files, RuleBase dataFrom, InferenceEngine engine) {
        RuleBase ruleBase = new RuleBase(files.version(), dataFrom.questionnaire(), dataFrom.catalogue(), engine,
                dataFrom.glossary(), Edition.of(files));
        ConsistencyCheck.verify(ruleBase);
        return ruleBase;
    }
}
