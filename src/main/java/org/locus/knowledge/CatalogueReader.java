package org.locus.knowledge;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and validates {@code catalogue.yaml}: the stable ids with their titles, summaries and chapter sections. */
public final class CatalogueReader {

    private CatalogueReader() {
    }

    public static Catalogue read(String fileName, String text) {
        DataFile file = DataFile.parse(fileName, text);
        List<String> sections = file.texts(file.root(), "sections", "top level");
        if (sections.isEmpty()) {
            throw new KnowledgeBaseException(fileName + ": 'sections' must list the chapter's section names");
        }
        Set<String> ids = new HashSet<>();
        List<Catalogue.SituationAspect> situations = new ArrayList<>();
        for (JsonNode node : file.list(file.root(), "situations", "top level")) {
            String id = unique(file, ids, file.requiredId(node, "id", "a situation"), "situation");
            String entry = "situation '" + id + "'";
            List<Catalogue.SituationValue> values = new ArrayList<>();
            Set<String> valueIds = new HashSet<>();
            for (JsonNode value : file.list(node, "values", entry)) {
                String valueId = file.requiredId(value, "id", entry + " value");
                if (!valueIds.add(valueId)) {
                    throw file.error(entry, "duplicate value '" + valueId + "'");
                }
                values.add(new Catalogue.SituationValue(valueId, file.requiredText(value, "label", entry + " value '" + valueId + "'")));
            }
            if (values.isEmpty()) {
                throw file.error(entry, "has no values");
            }
            situations.add(new Catalogue.SituationAspect(id, file.requiredText(node, "title", entry),
                    file.requiredText(node, "section", entry), node.path("multiValued").asBoolean(false),
                    List.copyOf(values)));
        }
        List<Catalogue.FindingEntry> findings = new ArrayList<>();
        for (JsonNode node : file.list(file.root(), "findings", "top level")) {
            String id = unique(file, ids, file.requiredId(node, "id", "a finding"), "finding");
            String entry = "finding '" + id + "'";
            findings.add(new Catalogue.FindingEntry(id, file.requiredText(node, "title", entry),
                    file.requiredText(node, "summary", entry), file.requiredText(node, "concern", entry),
                    file.requiredText(node, "section", entry), file.texts(node, "cites", entry)));
        }
        List<Catalogue.RecommendationEntry> recommendations = new ArrayList<>();
        for (JsonNode node : file.list(file.root(), "recommendations", "top level")) {
            String id = unique(file, ids, file.requiredId(node, "id", "a recommendation"), "recommendation");
            String entry = "recommendation '" + id + "'";
            recommendations.add(new Catalogue.RecommendationEntry(id, file.requiredText(node, "title", entry),
                    file.requiredText(node, "summary", entry), file.requiredText(node, "section", entry),
                    file.texts(node, "cites", entry)));
        }
        if (findings.isEmpty() || recommendations.isEmpty()) {
            throw new KnowledgeBaseException(fileName + ": needs at least one finding and one recommendation");
        }
        return new Catalogue(sections, situations, findings, recommendations);
    }

    private static String unique(DataFile file, Set<String> ids, String id, String kind) {
        if (!ids.add(id)) {
            throw file.error(kind + " '" + id + "'", "duplicate id (ids are unique across situations, findings and recommendations)");
        }
        return id;
    }
}
