package org.locus;

import org.locus.cases.CaseLibrary;
import org.locus.cases.CaseReader;
import org.locus.diagnosis.Diagnostician;
import org.locus.rulebase.Folders;
import org.locus.rulebase.RuleBase;

import java.nio.file.Path;

/**
 * Locus loaded: the checked rule base, the diagnostician that runs it and the case library. The web app and the
 * command line both start from here, so they load the same knowledge the same way.
 *
 * @param ruleBase     the knowledge base, compiled once and shared
 * @param diagnostician diagnoses answers against it
 * @param cases        the case library, checked against the knowledge base
 */
public record Locus(RuleBase ruleBase, Diagnostician diagnostician, CaseLibrary cases) {

    /**
     * Loads the rules and the cases, each from a folder on disk when one is named, otherwise from the copies packaged
     * in the jar.
     */
    public static Locus load(Path rulesDirectory, Path casesDirectory) {
        RuleBase ruleBase = RuleBase.load(rulesDirectory);
        CaseLibrary cases = CaseLibrary.read(new CaseReader(ruleBase), casesDirectory == null
                ? Folders.fromClasspath("cases") : Folders.fromDirectory(casesDirectory));
        return new Locus(ruleBase, new Diagnostician(ruleBase), cases);
    }
}
