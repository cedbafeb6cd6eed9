package org.locus.knowledge;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a YAML or JSON data file of the knowledge base into a tree and checks its entries, so that every complaint
 * names the file and the entry ({@code rules/questionnaire.yaml: question 'x': ...}).
 */
public final class DataFile {

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final Pattern KEBAB_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String name;
    private final JsonNode root;

    private DataFile(String name, JsonNode root) {
        this.name = name;
        this.root = root;
    }

    /** Parses {@code text}; the file name decides between YAML and JSON. */
    public static DataFile parse(String name, String text) {
        ObjectMapper mapper = name.endsWith(".json") ? JSON : YAML;
        try {
            JsonNode root = mapper.readTree(text);
            if (root == null || !root.isObject()) {
                throw new KnowledgeBaseException(name + ": expected a mapping at the top of the file");
            }
            return new DataFile(name, root);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new KnowledgeBaseException(name + ": not valid " + (mapper == JSON ? "JSON" : "YAML") + where
                    + ": " + e.getOriginalMessage().lines().findFirst().orElse("").strip(), e);
        }
    }

    public String name() {
        return name;
    }

    public JsonNode root() {
        return root;
    }

    public KnowledgeBaseException error(String entry, String problem) {
        return new KnowledgeBaseException(name + ": " + entry + ": " + problem);
    }

    /** The list under {@code field} of {@code node}; an absent field is an empty list. */
    public List<JsonNode> list(JsonNode node, String field, String entry) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error(entry, "'" + field + "' must be a list");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    public String requiredText(JsonNode node, String field, String entry) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull() || value.asString().isBlank()) {
            throw error(entry, "'" + field + "' is missing");
        }
        return value.asString().strip();
    }

    public String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString().strip();
    }

    public String requiredId(JsonNode node, String field, String entry) {
        String id = requiredText(node, field, entry);
        if (!KEBAB_ID.matcher(id).matches()) {
            throw error(entry, "id '" + id + "' is not kebab-case (lower-case words joined by '-')");
        }
        return id;
    }

    public List<String> texts(JsonNode node, String field, String entry) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isValueNode()) {
            // one line may hold several entries separated by ';' ("Porter 1995; Hirschenauer 2003")
            return java.util.Arrays.stream(value.asString().split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : list(node, field, entry)) {
            if (!item.isValueNode()) {
                throw error(entry, "'" + field + "' must be a list of words");
            }
            texts.add(item.asString().strip());
        }
        return texts;
    }
}
