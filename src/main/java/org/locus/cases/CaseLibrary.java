package org.locus.cases;

import org.locus.knowledge.KnowledgeBaseException;
import org.locus.knowledge.TextFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** All cases of a library folder, in file name order, read and checked when the library is loaded. */
public final class CaseLibrary {

    private final List<LibraryCase> cases;

    public CaseLibrary(List<LibraryCase> cases) {
        this.cases = List.copyOf(cases);
    }

    /**
     * Reads every {@code .json} file; bad files and duplicate ids stop loading, with a message naming each file and
     * what is wrong with it.
     */
    public static CaseLibrary read(CaseReader reader, List<TextFile> files) {
        List<LibraryCase> cases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (TextFile file : files.stream().filter(f -> f.path().endsWith(".json"))
                .sorted(Comparator.comparing(TextFile::path)).toList()) {
            LibraryCase c;
            try {
                c = reader.read(file.path(), file.text());
            } catch (KnowledgeBaseException e) {
                problems.addAll(e.problems());
                continue;
            }
            if (!ids.add(c.id())) {
                problems.add(file.path() + ": case id '" + c.id() + "' is used by another case file");
            }
            cases.add(c);
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        return new CaseLibrary(cases);
    }

    public List<LibraryCase> cases() {
        return cases;
    }

    public Optional<LibraryCase> find(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
