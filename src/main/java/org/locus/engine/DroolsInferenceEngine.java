package org.locus.engine;

import org.drools.core.common.InternalFactHandle;
import org.drools.core.rule.consequence.InternalMatch;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.tms.LogicalDependency;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.BeliefSet;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.locus.knowledge.Answer;
import org.locus.knowledge.Evidence;
import org.locus.knowledge.Finding;
import org.locus.knowledge.KnowledgeBaseException;
import org.locus.knowledge.TextFile;
import org.locus.knowledge.Situation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Drools executable model behind {@link InferenceEngine}. The rule files are compiled once into a KieBase that
 * every diagnosis shares; each {@link #infer} call opens its own session and disposes of it.
 *
 * <p>Justifications are read from the truth maintenance system once the rules have run: each logically inserted
 * fact keeps the set of rule matches that support it, so a finding two rules arrive at shows both, and a fact whose
 * grounds went away during the run is gone. This needs Drools' internal TMS classes, which is why it sits here and
 * nowhere else.
 */
public final class DroolsInferenceEngine implements InferenceEngine {

    private static final Set<Class<?>> DERIVED_TYPES = Set.of(Situation.class, Finding.class, Evidence.class);

    private final KieBase kieBase;
    private final List<RuleInfo> rules;

    private DroolsInferenceEngine(KieBase kieBase, List<RuleInfo> rules) {
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
    }

    /**
     * Compiles the .drl files, or loads them as the build compiled them when they are the packaged rules
     * ({@link PrebuiltRules}). Syntax and compile errors throw {@link KnowledgeBaseException} with every problem, each
     * naming the file, the line where Drools gives one, and Drools' message.
     */
    public static DroolsInferenceEngine compile(Collection<TextFile> drlFiles) {
        if (drlFiles.isEmpty()) {
            throw new KnowledgeBaseException("no .drl rule files found");
        }
        // the KieBase first: compiling reports every syntax error of every file, where parsing stops at the first
        KieBase kieBase = PrebuiltRules.kieBase(drlFiles).orElseGet(() -> RuleCompiler.compile(drlFiles));
        return of(kieBase, drlFiles);
    }

    /**
     * The rules over a KieBase built some other way. The mutation check (docs/rule-coverage.md) builds hundreds of
     * broken variants of the rules and cannot afford the executable model's seconds per build; it compiles them
     * without generating Java and reads them here exactly as {@link #compile} reads the real ones.
     */
    static DroolsInferenceEngine of(KieBase kieBase, Collection<TextFile> drlFiles) {
        List<RuleInfo> rules = new ArrayList<>();
        for (TextFile file : drlFiles) {
            rules.addAll(parse(file));
        }
        return new DroolsInferenceEngine(kieBase, rules);
    }

    private static List<RuleInfo> parse(TextFile file) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, file.text());
        } catch (DroolsParserException e) {
            throw new KnowledgeBaseException(file.path() + ": " + e.getMessage(), e);
        }
        if (parser.hasErrors() || descr == null) {
            throw new KnowledgeBaseException(parser.getErrors().stream()
                    .map(error -> describe(file.path(), error))
                    .collect(Collectors.joining("\n")));
        }
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleDescr rule : descr.getRules()) {
            String source = rule.getStartCharacter() >= 0 && rule.getEndCharacter() > rule.getStartCharacter()
                    ? file.text().substring(rule.getStartCharacter(), Math.min(file.text().length(), rule.getEndCharacter()))
                    : "";
            rules.add(new RuleInfo(rule.getName(), file.path(), rule.getLine(), annotation(rule, "description"),
                    annotation(rule, "section"), RuleMetadata.list(annotation(rule, "cites")),
                    RuleMetadata.ids(annotation(rule, "confirmedBy")), annotation(rule, "provisional"),
                    ConditionReader.read(file.path(), rule), String.valueOf(rule.getConsequence()).strip(), source));
        }
        return rules;
    }

    private static String annotation(RuleDescr rule, String name) {
        AnnotationDescr annotation = rule.getAnnotation(name);
        return annotation == null ? null : RuleMetadata.text(annotation.getSingleValue());
    }

    private static String describe(String path, DroolsError error) {
        int line = error instanceof ParserError parserError ? parserError.getRow() : error.getLines().length > 0 ? error.getLines()[0] : -1;
        return path + (line > 0 ? ":" + line : "") + ": " + error.getMessage();
    }

    @Override
    public List<RuleInfo> rules() {
        return rules;
    }

    @Override
    public Inference infer(Collection<Answer> answers) {
        KieSession session = kieBase.newKieSession();
        try {
            answers.forEach(session::insert);
            session.fireAllRules();
            return new Inference(derivations(session));
        } finally {
            session.dispose();
        }
    }

    /** Keeps one session open and moves it from one set of answers to the next by deleting and inserting the difference. */
    @Override
    public Exploration explore() {
        KieSession session = kieBase.newKieSession();
        Map<String, FactHandle> handles = new HashMap<>();
        Map<String, Answer> current = new HashMap<>();
        return new Exploration() {
            @Override
            public Inference derive(Collection<Answer> answers) {
                Map<String, Answer> target = new HashMap<>();
                answers.forEach(a -> target.put(a.getQuestion(), a));
                for (String question : List.copyOf(current.keySet())) {
                    if (!current.get(question).equals(target.get(question))) {
                        session.delete(handles.remove(question));
                        current.remove(question);
                    }
                }
                target.forEach((question, answer) -> {
                    if (!current.containsKey(question)) {
                        handles.put(question, session.insert(answer));
                        current.put(question, answer);
                    }
                });
                session.fireAllRules();
                return new Inference(derivations(session));
            }

            @Override
            public void close() {
                session.dispose();
            }
        };
    }

    private static List<Inference.Derivation> derivations(KieSession session) {
        List<Inference.Derivation> derivations = new ArrayList<>();
        List<FactHandle> handles = new ArrayList<>(session.getFactHandles(o -> DERIVED_TYPES.contains(o.getClass())));
        // fact handles come from a hash map; order them by insertion so the result is the same every run
        handles.sort(Comparator.comparingLong(h -> ((InternalFactHandle) h).getId()));
        for (FactHandle handle : handles) {
            InternalFactHandle internal = (InternalFactHandle) handle;
            derivations.add(new Inference.Derivation(internal.getObject(), justifications(internal)));
        }
        return derivations;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<Inference.Justification> justifications(InternalFactHandle handle) {
        List<Inference.Justification> justifications = new ArrayList<>();
        if (!(handle.getEqualityKey() instanceof TruthMaintenanceSystemEqualityKey key) || key.getBeliefSet() == null) {
            return justifications;
        }
        BeliefSet beliefs = key.getBeliefSet();
        for (SimpleMode mode = (SimpleMode) beliefs.getFirst(); mode != null; mode = mode.getNext()) {
            LogicalDependency<SimpleMode> dependency = mode.getObject();
            InternalMatch match = dependency.getJustifier();
            List<Object> matched = new ArrayList<>();
            for (Object object : match.getObjects()) {
                // the engine's own initial fact stands in for an empty match (a rule of only 'not' conditions)
                if (object instanceof Answer || DERIVED_TYPES.contains(object == null ? null : object.getClass())) {
                    matched.add(object);
                }
            }
            justifications.add(new Inference.Justification(match.getRule().getName(), List.copyOf(matched)));
        }
        return justifications;
    }
}
