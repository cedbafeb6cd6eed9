package org.locus.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The case folder a command uses: the one named, else ./cases when it exists, else (null) the packaged cases. */
final class CaseFolder {

    private CaseFolder() {
    }

    static Path resolve(Path named) {
        if (named == null) {
            return Files.isDirectory(Path.of("cases")) ? Path.of("cases") : null;
        }
        if (!Files.isDirectory(named)) {
            throw new InputException(named + ": no such folder");
        }
        return named;
    }
}
