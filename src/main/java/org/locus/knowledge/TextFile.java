package org.locus.knowledge;

import java.time.Instant;
import java.util.Objects;

/**
 * A text file of the knowledge base or the case library, by its path relative to its folder ({@code planning.drl}).
 *
 * @param modified when the file was last changed, where its folder says ({@code null} when unknown); no part of
 *                 its content, so never of a version hash
 */
public record TextFile(String path, String text, Instant modified) {

    public TextFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    public TextFile(String path, String text) {
        this(path, text, null);
    }

    public boolean isDrl() {
        return path.endsWith(".drl");
    }
}
