package org.locus.glossary;

import org.locus.knowledge.DataFile;
import org.locus.knowledge.KnowledgeBaseException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and checks {@code glossary.yaml}. Every problem is collected, each naming the file and the entry: ids
 * kebab-case and unique, no term or form claimed twice, a meaning for each, and sections the catalogue names.
 */
public final class GlossaryReader {

    public static final String FILE = "glossary.yaml";

    private GlossaryReader() {
    }

    /**
     * @param sections the chapter's section names from the catalogue, or {@code null} when the catalogue did not load
     *                 (its problems are reported on their own)
     */
    public static Glossary read(String fileName, String text, List<String> sections) {
        DataFile file = DataFile.parse(fileName, text);
        List<String> problems = new ArrayList<>();
        List<Glossary.Term> terms = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> words = new HashSet<>();
        List<JsonNode> nodes = file.list(file.root(), "terms", "top level");
        if (nodes.isEmpty()) {
            throw new KnowledgeBaseException(fileName + ": 'terms' must list the glossary's terms");
        }
        int position = 0;
        for (JsonNode node : nodes) {
            position++;
            try {
                terms.add(term(file, node, position, ids, words, sections));
            } catch (KnowledgeBaseException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        return new Glossary(terms);
    }

    private static Glossary.Term term(DataFile file, JsonNode node, int position, Set<String> ids, Set<String> words,
                                      List<String> sections) {
        String id = file.requiredId(node, "id", "term " + position);
        String entry = "term '" + id + "'";
        if (!ids.add(id)) {
            throw file.error(entry, "duplicate id");
        }
        String term = file.requiredText(node, "term", entry);
        String abbreviation = file.optionalText(node, "abbreviation");
        if (abbreviation != null && (abbreviation.isBlank() || !abbreviation.matches("[\\p{L}\\d-]+"))) {
            throw file.error(entry, "abbreviation '" + abbreviation + "' must be one word");
        }
        List<String> forms = file.texts(node, "forms", entry);
        List<String> all = new ArrayList<>(forms);
        all.add(0, term);
        for (String word : all) {
            if (!words.add(word.toLowerCase(Locale.ROOT))) {
                throw file.error(entry, "'" + word + "' is already a term or form of another entry");
            }
        }
        if (abbreviation != null && !words.add(abbreviation)) {
            throw file.error(entry, "abbreviation '" + abbreviation + "' is already used by another entry");
        }
        String meaning = file.requiredText(node, "meaning", entry);
        String section = file.optionalText(node, "section");
        if (section != null && sections != null) {
            for (String part : section.split(";")) {
                if (!sections.contains(part.strip())) {
                    throw file.error(entry, "section '" + part.strip() + "' is not one of the catalogue's sections");
                }
            }
        }
        return new Glossary.Term(id, term, abbreviation, List.copyOf(forms), meaning.replaceAll("\\s+", " "),
                section == null || section.isBlank() ? null : section);
    }
}
