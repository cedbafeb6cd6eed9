package org.locus.rulebase;

import org.locus.knowledge.KnowledgeBaseException;
import org.locus.knowledge.TextFile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a folder of text files, either from the file system or from the classpath, where {@code rules/} and
 * {@code cases/} travel inside the packaged jar. Listing a folder inside a Spring Boot jar takes Spring's resource
 * resolver; this class is the only one that uses it.
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
                    .map(p -> new TextFile(directory.relativize(p).toString().replace('\\', '/'), read(p)))
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

    /** Every file under {@code folder} on the classpath, such as {@code rules} inside the jar. */
    public static List<TextFile> fromClasspath(String folder) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(Folders.class.getClassLoader());
        try {
            List<TextFile> files = new ArrayList<>();
            for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*")) {
                if (!resource.isReadable() || resource.getFilename() == null || !resource.getFilename().contains(".")) {
                    continue;
                }
                String url = resource.getURL().toString();
                String path = url.substring(url.lastIndexOf("/" + folder + "/") + folder.length() + 2);
                try (var in = resource.getInputStream()) {
                    files.add(new TextFile(path, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            if (files.isEmpty()) {
                throw new KnowledgeBaseException("no '" + folder + "' folder found on the classpath");
            }
            return files;
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot read '" + folder + "' from the classpath: " + e.getMessage(), e);
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
