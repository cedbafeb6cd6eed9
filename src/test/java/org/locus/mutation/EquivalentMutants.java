package org.locus.mutation;

import org.locus.engine.Mutant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mutants shown to be equivalent: broken on paper, yet no set of answers tells them from the real rules (a
 * threshold moved past the end of a question's scale, say). Each entry names the mutant as the report does (file,
 * rule, mutation) and says why it is equivalent; such a mutant is reported apart and does not count as a survivor.
 *
 * <pre>
 * - file: locational-paradox.drl
 *   rule: "Small firms have no strong voice"
 *   mutation: "move threshold number &lt;= 2 to number &lt;= 1 in Answer(...)"
 *   reason: "the scale starts at ..."
 * </pre>
 */
public final class EquivalentMutants {

    public static final Path FILE = Path.of("src/test/resources/mutation/equivalent-mutants.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, String> reasons;

    private EquivalentMutants(Map<String, String> reasons) {
        this.reasons = Map.copyOf(reasons);
    }

    public static EquivalentMutants none() {
        return new EquivalentMutants(Map.of());
    }

    /** Reads the list; an entry without file, rule, mutation or reason is an error naming the entry. */
    public static EquivalentMutants read(Path file) {
        if (!Files.exists(file)) {
            return none();
        }
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EquivalentMutants parse(String origin, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(origin + ": not readable YAML: " + e.getOriginalMessage());
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new EquivalentMutants(reasons);
        }
        if (!root.isArray()) {
            throw new IllegalArgumentException(origin + ": expected a list of equivalent mutants");
        }
        List<String> problems = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : root) {
            index++;
            List<String> missing = new ArrayList<>();
            for (String field : List.of("file", "rule", "mutation", "reason")) {
                if (entry.path(field).asString("").isBlank()) {
                    missing.add(field);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(origin + ": entry " + index + " has no " + String.join(", ", missing));
                continue;
            }
            String key = entry.path("file").asString() + " | " + entry.path("rule").asString() + " | "
                    + entry.path("mutation").asString();
            if (reasons.put(key, entry.path("reason").asString().strip()) != null) {
                problems.add(origin + ": entry " + index + " repeats an earlier one");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new EquivalentMutants(reasons);
    }

    /** Why the mutant is equivalent, if it is listed. */
    public Optional<String> reason(Mutant mutant) {
        return Optional.ofNullable(reasons.get(mutant.key()));
    }

    /** The listed keys (file | rule | mutation). */
    public List<String> keys() {
        return List.copyOf(reasons.keySet());
    }
}
