package org.locus.knowledge;

import java.util.Objects;

/** A text file of the knowledge base or the case library, by its path relative to its folder ({@code planning.drl}). */
public record TextFile(String path, String text) {

    public TextFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    public boolean isDrl() {
        return path.endsWith(".drl");
    }
}
