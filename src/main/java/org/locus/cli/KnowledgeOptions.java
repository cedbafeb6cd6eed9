package org.locus.cli;

import org.locus.Locus;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the rules and cases come from: the copies in the jar unless a folder is named. */
final class KnowledgeOptions {

    @Option(names = "--rules", paramLabel = "DIR", description = "a rules folder to use instead of the packaged one")
    Path rules;

    Locus load(Path cases) {
        return Locus.load(rulesFolder(), cases);
    }

    /** The rules without the case library, for a command that reads no case. */
    Locus loadRules() {
        return Locus.withoutCases(rulesFolder());
    }

    private Path rulesFolder() {
        if (rules != null && !Files.isDirectory(rules)) {
            throw new InputException(rules + ": no such folder");
        }
        return rules;
    }
}
