package org.locus.rulebase;

import org.locus.engine.InferenceEngine;
import org.locus.engine.RuleInfo;
import org.locus.knowledge.Catalogue;
import org.locus.knowledge.RuleFiles;
import org.locus.knowledge.RuleShape;
import org.locus.questionnaire.Questionnaire;
import org.locus.questionnaire.QuestionnaireReader;
import org.locus.knowledge.CatalogueReader;
import org.locus.engine.DroolsInferenceEngine;

import org.locus.knowledge.KnowledgeBaseException;
import org.locus.glossary.Glossary;
import org.locus.glossary.GlossaryReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Everything Locus knows, loaded from one {@code rules/} folder and checked for consistency: the questionnaire, the
 * catalogue, the compiled rules with their shapes, and a version hash of the folder's content. Immutable and shared.
 */
public final class RuleBase {

    /** A rule with what it reads and derives. */
    public record Rule(RuleInfo info, RuleShape shape) {
        public String name() {
            return info.name();
        }
    }

    private final String version;
    private final Questionnaire questionnaire;
    private final Catalogue catalogue;
    private final InferenceEngine engine;
    private final Map<String, Rule> rules;
    private final Glossary glossary;
    private final Edition edition;

    RuleBase(String version, Questionnaire questionnaire, Catalogue catalogue, InferenceEngine engine,
             Glossary glossary, Edition edition) {
        this.version = version;
        this.glossary = glossary;
        this.edition = edition;
        this.questionnaire = questionnaire;
        this.catalogue = catalogue;
        this.engine = engine;
        Map<String, Rule> byName = new LinkedHashMap<>();
        engine.rules().forEach(info -> byName.put(info.name(), new Rule(info, RuleShape.of(info.when(), info.consequence()))));
        this.rules = java.util.Collections.unmodifiableMap(byName);
    }

    /**
     * Loads, compiles and checks the knowledge base. Any problem throws, and with every problem found: those of the
     * questionnaire, the catalogue and the rule files together, else every violation of the consistency check; each
     * names file and line or entry.
     */
    public static RuleBase load(RuleFiles files) {
        // the data files are read on a thread of their own while the rules load: neither needs the other
        List<String> dataProblems = new ArrayList<>();
        AtomicReference<Questionnaire> questionnaire = new AtomicReference<>();
        AtomicReference<Catalogue> catalogue = new AtomicReference<>();
        AtomicReference<Glossary> glossary = new AtomicReference<>(Glossary.empty());
        Thread dataFiles = Thread.ofPlatform().name("locus-data-files").start(() -> {
            questionnaire.set(attempt(dataProblems, () -> QuestionnaireReader.read(RuleFiles.QUESTIONNAIRE,
                    files.require(RuleFiles.QUESTIONNAIRE).text())));
            catalogue.set(attempt(dataProblems, () -> CatalogueReader.read(RuleFiles.CATALOGUE,
                    files.require(RuleFiles.CATALOGUE).text())));
            // a rule base without a glossary is still a rule base (a test's, an author's first draft): its reports
            // simply explain no term
            files.file(GlossaryReader.FILE).ifPresent(text -> glossary.set(attempt(dataProblems, () -> GlossaryReader.read(
                    GlossaryReader.FILE, text.text(), catalogue.get() == null ? null : catalogue.get().sections()))));
        });
        List<String> engineProblems = new ArrayList<>();
        InferenceEngine engine = attempt(engineProblems, () -> DroolsInferenceEngine.compile(files.drlFiles()));
        join(dataFiles);
        List<String> problems = new ArrayList<>(dataProblems);
        problems.addAll(engineProblems);
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        RuleBase ruleBase = new RuleBase(files.version(), questionnaire.get(), catalogue.get(), engine,
                glossary.get(), Edition.of(files));
        ConsistencyCheck.verify(ruleBase);
        return ruleBase;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KnowledgeBaseException("interrupted while loading the knowledge base");
        }
    }

    private static <T> T attempt(List<String> problems, Supplier<T> part) {
        try {
            return part.get();
        } catch (KnowledgeBaseException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** Loads the rules folder on disk when one is named, otherwise the rules packaged in the jar. */
    public static RuleBase load(java.nio.file.Path directory) {
        return load(directory == null
                ? new RuleFiles("rules (packaged)", Folders.fromClasspath("rules"))
                : new RuleFiles(directory.toString(), Folders.fromDirectory(directory)));
    }

    public String version() {
        return version;
    }

    /** The knowledge base as people name it: the date of its newest file and a short id. */
    public Edition edition() {
        return edition;
    }

    /** The glossary, empty when the folder has none. */
    public Glossary glossary() {
        return glossary;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public InferenceEngine engine() {
        return engine;
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<Rule> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }
}
