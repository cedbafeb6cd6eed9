package org.locus.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The content of a {@code rules/} folder: the .drl files and the data files they need. */
public record RuleFiles(String origin, List<TextFile> files) {

    public static final String QUESTIONNAIRE = "questionnaire.yaml";
    public static final String CATALOGUE = "catalogue.yaml";

    public RuleFiles {
        files = files.stream().sorted(Comparator.comparing(TextFile::path)).toList();
    }

    public List<TextFile> drlFiles() {
        return files.stream().filter(TextFile::isDrl).toList();
    }

    public Optional<TextFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    public TextFile require(String path) {
        return file(path).orElseThrow(() -> new KnowledgeBaseException(origin + ": " + path + " is missing"));
    }

    /**
     * A short hash of every file's path and content: two diagnoses with the same version ran on the same knowledge.
     */
    public String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (TextFile file : files) {
                sha.update(file.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                // line endings must not change the version between a Windows and a Unix checkout
                sha.update(file.text().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
