package org.locus.batch;

import java.util.List;

/**
 * A whole file of regions cannot be read (not a spreadsheet, no header, a column that names no question): every
 * problem, each a line naming its place. Nothing of the file is diagnosed.
 */
public final class SheetException extends RuntimeException {

    private final List<String> problems;

    public SheetException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public SheetException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
