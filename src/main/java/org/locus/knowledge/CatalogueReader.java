package org.locus.knowledge;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
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
        List<Catalogue.Actor> actors = new ArrayList<>();
        for (JsonNode node : file.list(file.root(), "actors", "top level")) {
            String id = unique(file, ids, file.requiredId(node, "id", "an actor"), "actor");
            String level = file.requiredText(node, "level", "actor '" + id + "'");
            if (!level.equals("local") && !level.equals("higher")) {
                throw file.error("actor '" + id + "'", "level '" + level + "' is neither 'local' nor 'higher'");
            }
            actors.add(new Catalogue.Actor(id, file.requiredText(node, "label", "actor '" + id + "'"), level));
        }
        if (actors.isEmpty()) {
            throw new KnowledgeBaseException(fileName + ": 'actors' must list who the recommendations address");
        }
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
                    file.requiredText(node, "section", entry), file.texts(node, "cites", entry), claim(file, node, entry)));
        }
        List<Catalogue.RecommendationEntry> recommendations = new ArrayList<>();
        for (JsonNode node : file.list(file.root(), "recommendations", "top level")) {
            String id = unique(file, ids, file.requiredId(node, "id", "a recommendation"), "recommendation");
            String entry = "recommendation '" + id + "'";
            String actor = file.requiredText(node, "actor", entry);
            if (actors.stream().noneMatch(a -> a.id().equals(actor))) {
                throw file.error(entry, "actor '" + actor + "' is not one of the actors listed under 'actors'");
            }
            List<String> watch = file.texts(node, "watch", entry);
            if (watch.isEmpty() || watch.size() > 3) {
                throw file.error(entry, "'watch' must name one to three indicators an adviser can track");
            }
            List<Catalogue.Requirement> requires = new ArrayList<>();
            for (JsonNode r : file.list(node, "requires", entry)) {
                requires.add(new Catalogue.Requirement(file.requiredText(r, "situation", entry + " requirement"),
                        file.texts(r, "values", entry + " requirement"), file.requiredText(r, "because", entry + " requirement")));
            }
            List<Catalogue.Veto> vetoes = new ArrayList<>();
            for (JsonNode v : file.list(node, "ruled-out-by", entry)) {
                vetoes.add(new Catalogue.Veto(file.requiredText(v, "finding", entry + " veto"),
                        file.requiredText(v, "because", entry + " veto")));
            }
            recommendations.add(new Catalogue.RecommendationEntry(id, file.requiredText(node, "title", entry),
                    file.requiredText(node, "summary", entry), file.requiredText(node, "section", entry),
                    file.texts(node, "cites", entry), actor, node.path("framing").asBoolean(false), watch,
                    file.texts(node, "after", entry), List.copyOf(requires), List.copyOf(vetoes)));
        }
        if (findings.isEmpty() || recommendations.isEmpty()) {
            throw new KnowledgeBaseException(fileName + ": needs at least one finding and one recommendation");
        }
        return new Catalogue(sections, actors, situations, findings, recommendations, directWeight(file));
    }

    private static Catalogue.Claim claim(DataFile file, JsonNode node, String entry) {
        JsonNode claim = node.get("claim");
        if (claim == null || !claim.isObject()) {
            throw file.error(entry, "'claim' is missing: say how firm the chapter's claim is (strength and note)");
        }
        String strength = file.requiredText(claim, "strength", entry + " claim");
        if (!Catalogue.Claim.STRENGTHS.contains(strength)) {
            throw file.error(entry, "claim strength '" + strength + "' is not one of " + Catalogue.Claim.STRENGTHS);
        }
        return new Catalogue.Claim(strength, file.requiredText(claim, "note", entry + " claim"));
    }

    private static String unique(DataFile file, Set<String> ids, String id, String kind) {
        if (!ids.add(id)) {
            throw file.error(kind + " '" + id + "'", "duplicate id (ids are unique across situations, findings and recommendations)");
        }
        return id;
    }

    /** {@code weightPolicy: {directWeight: 4}}: every finding gets one direct recommendation of that weight. */
    private static OptionalInt directWeight(DataFile file) {
        JsonNode policy = file.root().get("weightPolicy");
        if (policy == null || policy.isNull()) {
            return OptionalInt.empty();
        }
        JsonNode weight = policy.get("directWeight");
        if (weight == null || !weight.isInt() || weight.intValue() < 1) {
            throw file.error("weightPolicy", "'directWeight' must be a positive whole number, the weight of each finding's one direct recommendation");
        }
        return OptionalInt.of(weight.intValue());
    }
}
