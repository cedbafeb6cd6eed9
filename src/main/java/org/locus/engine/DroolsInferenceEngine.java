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
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.tms.LogicalDependency;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.BeliefSet;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    // the folder matches the rules' package, which keeps Drools from warning about every file
    private static final String RULES_PACKAGE_FOLDER = "org/locus/rules/";
    private static final String RESOURCE_FOLDER = "src/main/resources/" + RULES_PACKAGE_FOLDER;
    private static final Pattern UNANALYSABLE_EXPRESSION = Pattern.compile("(?i)expression:?\\s+(.+?):?\\s*$", Pattern.MULTILINE);

    private final KieBase kieBase;
    private final List<RuleInfo> rules;

    private DroolsInferenceEngine(KieBase kieBase, List<RuleInfo> rules) {
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
    }

    /**
     * Compiles the .drl files. A syntax or compile error throws {@link KnowledgeBaseException} naming the file, the
     * line where Drools gives one, and Drools' message.
     */
    public static DroolsInferenceEngine compile(Collection<TextFile> drlFiles) {
        if (drlFiles.isEmpty()) {
            throw new KnowledgeBaseException("no .drl rule files found");
        }
        List<RuleInfo> rules = new ArrayList<>();
        for (TextFile file : drlFiles) {
            rules.addAll(parse(file));
        }
        return new DroolsInferenceEngine(build(drlFiles), rules);
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

    private static KieBase build(Collection<TextFile> drlFiles) {
        KieServices services = KieServices.get();
        KieFileSystem kfs = services.newKieFileSystem();
        // a fresh release id per build, so that two rule bases compiled in one JVM (tests, reloads) never collide
        ReleaseId releaseId = services.newReleaseId("org.locus", "rules-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        for (TextFile file : drlFiles) {
            kfs.write(RESOURCE_FOLDER + file.path(), file.text());
        }
        KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new KnowledgeBaseException(errors.stream().map(m -> describe(m, drlFiles))
                    .distinct().collect(Collectors.joining("\n")));
        }
        KieContainer container = services.newKieContainer(releaseId);
        return container.getKieBase();
    }

    private static String describe(Message message, Collection<TextFile> files) {
        String path = message.getPath() == null ? ""
                : message.getPath().replace(RESOURCE_FOLDER, "").replace(RULES_PACKAGE_FOLDER, "");
        String text = message.getText().strip();
        int line = message.getLine() > 0 ? message.getLine() : lineOfExpression(path, text, files);
        return (path.isEmpty() ? "rules" : path) + (line > 0 ? ":" + line : "") + ": " + text;
    }

    /**
     * The executable model reports some errors (an unknown property, say) without a line, but it quotes the
     * expression; finding that expression in the file gives the author the line anyway.
     */
    private static int lineOfExpression(String path, String text, Collection<TextFile> files) {
        Matcher expression = UNANALYSABLE_EXPRESSION.matcher(text);
        if (!expression.find()) {
            return -1;
        }
        for (TextFile file : files) {
            if (file.path().equals(path)) {
                String[] lines = file.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].contains(expression.group(1).strip())) {
                        return i + 1;
                    }
                }
            }
        }
        return -1;
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
