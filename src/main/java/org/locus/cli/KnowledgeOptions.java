package org.locus.cli;

import org.locus.Locus;
import org.locus.rulebase.RuleBase;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the rules and cases come from: the copies in the jar unless a folder is named. */
final class KnowledgeOptions {

    @Option(names = "--rules", paramLabel = "DIR", description = "a rules folder to use instead of the packaged one")
    Path rules;

    Locus load(Path cases) {
        return Locus.load(rules, cases);
    }

    RuleBase loadRuleBase() {
        return RuleBase.load(rules);
    }
}
