package org.locus.engine;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.locus.knowledge.KnowledgeBaseException;
import org.locus.knowledge.TextFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The packaged rules, compiled to the executable model when the jar is built, so that neither the server nor the
 * command line compiles them at start-up. The build ({@link #main}) writes the generated classes under
 * {@value #FOLDER} with an index naming the model classes and the hash of the rule files they came from; loading uses
 * them only when the rule files asked for have that hash (the packaged rules), and compiles otherwise (another
 * {@code locus.rules-dir}, an edited folder being reloaded, a test's own rule base).
 *
 * <p>The generated classes are stored under their own folder, not at their class names, and defined by a class
 * loader of their own: they can never stand in for the classes of a rule base compiled later in the same JVM.
 */
public final class PrebuiltRules {

    static final String FOLDER = "locus/prebuilt-rules/";
    private static final String INDEX = FOLDER + "index.properties";
    private static final String CLASSES = FOLDER + "classes/";

    private PrebuiltRules() {
    }

    /** The KieBase built at build time from exactly these files, if the jar has one. */
    static Optional<KieBase> kieBase(Collection<TextFile> drlFiles) {
        ClassLoader parent = PrebuiltRules.class.getClassLoader();
        Properties index = index(parent);
        if (index == null || !hash(drlFiles).equals(index.getProperty("rules-hash"))) {
            return Optional.empty();
        }
        ClassLoader loader = new GeneratedClassLoader(parent);
        List<Model> models = new ArrayList<>();
        try {
            for (String name : index.getProperty("models", "").split(",")) {
                if (!name.isBlank()) {
                    models.add((Model) loader.loadClass(name.strip()).getConstructor().newInstance());
                }
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            // a jar whose generated classes do not fit this engine: compiling still gives the right rules
            return Optional.empty();
        }
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(models,
                KieServices.get().newKieBaseConfiguration(null, loader)));
    }

    /**
     * The hash the index records: every .drl file's path and content, line endings normalised, in path order; and
     * the engine's version, since generated code fits only the Drools that generated it.
     */
    static String hash(Collection<TextFile> drlFiles) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.valueOf(KieServices.class.getPackage().getImplementationVersion()).getBytes(StandardCharsets.UTF_8));
            for (TextFile file : drlFiles.stream().sorted(Comparator.comparing(TextFile::path)).toList()) {
                sha.update((byte) 0);
                sha.update(file.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.text().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties index(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                return null;
            }
            Properties index = new Properties();
            index.load(in);
            return index;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The build step: compiles the .drl files of {@code args[0]} and writes the generated classes and the index under
     * {@code args[1]} (the build's classes folder). Does nothing when the index there already has the rules' hash.
     * A rule file that does not compile fails the build with every problem, file and line.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PrebuiltRules RULES_DIR CLASSES_DIR");
            System.exit(2);
        }
        Path rules = Path.of(args[0]);
        Path output = Path.of(args[1]);
        List<TextFile> drlFiles;
        try (Stream<Path> paths = Files.walk(rules)) {
            drlFiles = paths.filter(p -> p.toString().endsWith(".drl")).sorted()
                    .map(p -> new TextFile(rules.relativize(p).toString().replace('\\', '/'), read(p))).toList();
        }
        String hash = hash(drlFiles);
        Path indexFile = output.resolve(INDEX);
        if (Files.exists(indexFile)) {
            Properties existing = new Properties();
            try (InputStream in = Files.newInputStream(indexFile)) {
                existing.load(in);
            }
            if (hash.equals(existing.getProperty("rules-hash"))) {
                System.out.println("prebuilt rules: up to date with " + rules);
                return;
            }
        }
        long started = System.nanoTime();
        InternalKieModule module;
        try {
            module = RuleCompiler.module(drlFiles, KieServices.get().newReleaseId("org.locus", "rules-prebuilt", "1.0.0"));
        } catch (KnowledgeBaseException e) {
            System.err.println("The rules in " + rules + " do not compile:");
            e.problems().forEach(p -> System.err.println("  " + p));
            System.exit(3);
            return;
        }
        write(module, drlFiles, hash, output);
        System.out.printf("prebuilt rules: %d rule files of %s compiled in %d ms%n", drlFiles.size(), rules,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static void write(InternalKieModule module, List<TextFile> drlFiles, String hash, Path output) throws IOException {
        Path folder = output.resolve(FOLDER);
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                Path target = output.resolve(CLASSES + name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
            }
        }
        String modelFile = CanonicalKieModule.getModelFileWithGAV(module.getReleaseId());
        byte[] modelList = module.getBytes(modelFile);
        if (modelList == null) {
            throw new IllegalStateException("the executable model wrote no " + modelFile);
        }
        String models = String.join(",", Arrays.stream(new String(modelList, StandardCharsets.UTF_8).split("\\R"))
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith(CanonicalKieModule.MODEL_VERSION)).toList());
        // written by hand rather than by Properties.store, which adds the time: the same rules give the same bytes
        Files.createDirectories(output.resolve(INDEX).getParent());
        Files.writeString(output.resolve(INDEX), "# generated by the build from the rule files listed; see "
                + "org.locus.engine.PrebuiltRules\n"
                + "rules-hash=" + hash + "\n"
                + "rule-files=" + String.join(",", drlFiles.stream().map(TextFile::path).toList()) + "\n"
                + "models=" + models + "\n", StandardCharsets.UTF_8);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Defines the generated classes from where the build put them, on top of the application's classes. */
    private static final class GeneratedClassLoader extends ClassLoader {

        GeneratedClassLoader(ClassLoader parent) {
            super("locus-prebuilt-rules", parent);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(CLASSES + name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
