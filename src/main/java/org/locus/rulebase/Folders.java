package org.locus.rulebase;

import org.locus.knowledge.KnowledgeBaseException;
import org.locus.knowledge.TextFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads a folder of text files, either from the file system or from the classpath, where {@code rules/} and
 * {@code cases/} travel inside the packaged jar. Free of Spring, so that the command line never loads it.
 */
public final class Folders {

    private Folders() {
    }

    public static List<TextFile> fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new KnowledgeBaseException("folder " + directory + " does not exist or is not a folder");
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).filter(p -> !isEditorLitter(directory.relativize(p))).sorted()
                    .map(p -> new TextFile(directory.relativize(p).toString().replace('\\', '/'), read(p), modified(p)))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new KnowledgeBaseException("cannot read folder " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Hidden files and editors' backups ({@code .planning.drl.swp}, {@code .DS_Store}, {@code planning.drl~}) are no
     * part of a folder's content: an author editing a rules folder that the server watches leaves them around.
     */
    public static boolean isEditorLitter(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return relative.toString().endsWith("~");
    }

    /**
     * Every file under {@code folder} on the classpath, such as {@code rules} inside the jar: a folder of the class path
     * (the build's classes, in tests) or a folder inside the application's jar, the Spring Boot jar included. Listed
     * with the JDK's own jar support: the command line reads the packaged rules without loading Spring.
     */
    public static List<TextFile> fromClasspath(String folder) {
        URL root = Folders.class.getClassLoader().getResource(folder + "/");
        if (root == null) {
            throw new KnowledgeBaseException("no '" + folder + "' folder found on the classpath");
        }
        try {
            List<TextFile> files = root.getProtocol().equals("file")
                    ? fromDirectory(Path.of(root.toURI()))
                    : fromJar((JarURLConnection) root.openConnection());
            if (files.isEmpty()) {
                throw new KnowledgeBaseException("the '" + folder + "' folder on the classpath is empty");
            }
            return files;
        } catch (IOException | URISyntaxException | ClassCastException e) {
            throw new KnowledgeBaseException("cannot read '" + folder + "' from the classpath: " + e.getMessage(), e);
        }
    }

    private static List<TextFile> fromJar(JarURLConnection connection) throws IOException {
        connection.setUseCaches(false);
        String prefix = connection.getEntryName();
        List<TextFile> files = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix)).toList()) {
                String path = entry.getName().substring(prefix.length());
                if (!isEditorLitter(Path.of(path))) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        files.add(new TextFile(path, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                                entry.getLastModifiedTime() == null ? null : entry.getLastModifiedTime().toInstant()));
                    }
                }
            }
        }
        files.sort(java.util.Comparator.comparing(TextFile::path));
        return files;
    }

    private static java.time.Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            return null; // the date only names the knowledge base for people; its version hash does not need it
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
