package org.locus.engine;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.locus.knowledge.KnowledgeBaseException;
import org.locus.knowledge.TextFile;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles .drl files to the executable model: the rule files become generated Java, compiled in memory. This is what
 * costs seconds at start-up, which is why the packaged rules are compiled once at build time ({@link PrebuiltRules}).
 * Every syntax error of every file, then every compile error, is reported at once, each with file and line.
 */
final class RuleCompiler {

    // the folder matches the rules' package, which keeps Drools from warning about every file
    private static final String RULES_PACKAGE_FOLDER = "org/locus/rules/";
    private static final String RESOURCE_FOLDER = "src/main/resources/" + RULES_PACKAGE_FOLDER;
    private static final Pattern UNANALYSABLE_EXPRESSION = Pattern.compile("(?i)expression:?\\s+(.+?):?\\s*$", Pattern.MULTILINE);

    private RuleCompiler() {
    }

    static KieBase compile(Collection<TextFile> drlFiles) {
        KieServices services = KieServices.get();
        // a fresh release id per build, so that two rule bases compiled in one JVM (tests, reloads) never collide
        ReleaseId releaseId = services.newReleaseId("org.locus", "rules-" + UUID.randomUUID(), "1.0.0");
        return services.newKieContainer(module(drlFiles, releaseId).getReleaseId()).getKieBase();
    }

    /**
     * The compiled module, with the generated classes that {@link PrebuiltRules} writes into the jar; the generated
     * class names follow from the release id, so a fixed one gives the same classes for the same rules.
     */
    static InternalKieModule module(Collection<TextFile> drlFiles, ReleaseId releaseId) {
        List<String> syntaxErrors = DrlSyntax.errors(drlFiles);
        if (!syntaxErrors.isEmpty()) {
            throw new KnowledgeBaseException(syntaxErrors);
        }
        KieServices services = KieServices.get();
        KieFileSystem kfs = services.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (TextFile file : drlFiles) {
            kfs.write(RESOURCE_FOLDER + file.path(), file.text());
        }
        KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new KnowledgeBaseException(errors.stream().map(m -> describe(m, drlFiles)).distinct().toList());
        }
        return (InternalKieModule) builder.getKieModule();
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
}
