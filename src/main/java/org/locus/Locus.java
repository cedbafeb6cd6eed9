package org.locus;

import org.locus.analysis.Analyst;
import org.locus.cases.CaseLibrary;
import org.locus.cases.CaseReader;
import org.locus.diagnosis.Diagnostician;
import org.locus.knowledge.TextFile;
import org.locus.questionnaire.AnswersReader;
import org.locus.rulebase.Folders;
import org.locus.rulebase.RuleBase;

import java.nio.file.Path;
import java.util.List;

/**
 * Locus loaded, and the one place its objects are put together: the checked rule base, the diagnostician and the
 * analyst that run it, the reader of answers documents for its questionnaire and the case library checked against it.
 * The web app, the command line and the tests all build it here. Immutable: a reload builds a new one.
 *
 * @param ruleBase      the knowledge base, compiled once and shared
 * @param diagnostician diagnoses answers against it
 * @param analyst       why not, what if, next question and robustness, on the same rules
 * @param answersReader reads and checks answers documents against its questionnaire
 * @param cases         the case library, checked against the knowledge base
 */
public record Locus(RuleBase ruleBase, Diagnostician diagnostician, Analyst analyst, AnswersReader answersReader,
                    CaseLibrary cases) {

    /**
     * Loads the rules and the cases, each from a folder on disk when one is named, otherwise from the copies packaged
     * in the jar.
     */
    public static Locus load(Path rulesDirectory, Path casesDirectory) {
        RuleBase ruleBase = RuleBase.load(rulesDirectory);
        return of(ruleBase, casesDirectory == null ? Folders.fromClasspath("cases") : Folders.fromDirectory(casesDirectory));
    }

    /** The rules alone, for a command that needs no case library (reading the cases would only cost time). */
    public static Locus withoutCases(Path rulesDirectory) {
        return of(RuleBase.load(rulesDirectory), List.of());
    }

    /** Everything else built on a loaded rule base, the case files checked against it. */
    public static Locus of(RuleBase ruleBase, List<TextFile> caseFiles) {
        Diagnostician diagnostician = new Diagnostician(ruleBase);
        return new Locus(ruleBase, diagnostician, new Analyst(diagnostician),
                new AnswersReader(ruleBase.questionnaire()), CaseLibrary.read(new CaseReader(ruleBase), caseFiles));
    }
}
