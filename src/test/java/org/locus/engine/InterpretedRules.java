package org.locus.engine;

import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.locus.knowledge.KnowledgeBaseException;
import org.locus.knowledge.TextFile;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * Compiles rule files without the executable model, for the mutation check: Drools' classic build interprets the
 * consequences with MVEL instead of generating and compiling Java, which takes a fraction of a second where the
 * executable model takes several. It needs drools-mvel, which only the {@code mutation} Maven profile puts on the
 * class path (the application never uses this build). The mutation check first verifies that this build diagnoses
 * the unmutated rules exactly as the executable model does.
 */
public final class InterpretedRules {

    private InterpretedRules() {
    }

    /** Whether the classic build is available: drools-mvel is on the class path. */
    public static boolean available() {
        try {
            Class.forName("org.drools.mvel.builder.MVELDialectConfiguration");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The engine over the files, with every syntax and compile error at once, each with its file and line. */
    public static InferenceEngine compile(Collection<TextFile> drlFiles) {
        if (!available()) {
            throw new IllegalStateException("the interpreted rule build needs drools-mvel: run with -Pmutation");
        }
        List<String> syntaxErrors = DrlSyntax.errors(drlFiles);
        if (!syntaxErrors.isEmpty()) {
            throw new KnowledgeBaseException(syntaxErrors);
        }
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        // MVEL consequences are interpreted: no Java is generated or compiled per rule
        configuration.setProperty("drools.dialect.default", "mvel");
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        for (TextFile file : drlFiles) {
            builder.add(ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath("org/locus/rules/" + file.path()), ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            throw new KnowledgeBaseException(builder.getErrors().stream().map(InterpretedRules::describe).distinct()
                    .toList());
        }
        KieBase kieBase = builder.newKieBase();
        return DroolsInferenceEngine.of(kieBase, drlFiles);
    }

    private static String describe(KnowledgeBuilderError error) {
        String path = error.getResource() == null || error.getResource().getSourcePath() == null ? "rules"
                : error.getResource().getSourcePath().replace("org/locus/rules/", "");
        int line = error.getLines().length > 0 ? error.getLines()[0] : -1;
        return path + (line > 0 ? ":" + line : "") + ": " + error.getMessage().strip();
    }
}
