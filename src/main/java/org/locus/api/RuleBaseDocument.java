package org.locus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.locus.knowledge.Catalogue;
import org.locus.knowledge.RuleShape;
import org.locus.rulebase.RuleBase;

import java.util.List;
import java.util.Set;

/**
 * The whole rule base as data: its version, every rule with what it reads and derives, the questionnaire and the
 * catalogue of situations, findings and recommendations the rules speak of.
 */
@Schema(name = "RuleBase")
record RuleBaseDocument(String ruleBaseVersion, List<RuleView> rules, QuestionnaireDocument questionnaire,
                        CatalogueView catalogue) {

    static RuleBaseDocument of(RuleBase ruleBase) {
        Catalogue catalogue = ruleBase.catalogue();
        return new RuleBaseDocument(ruleBase.version(), ruleBase.rules().stream().map(RuleView::of).toList(),
                QuestionnaireDocument.of(ruleBase.version(), ruleBase.questionnaire()),
                new CatalogueView(catalogue.sections(), catalogue.situations().stream().map(AspectView::of).toList(),
                        catalogue.findings(), catalogue.recommendations()));
    }

    /**
     * A rule. {@code layer} is the kind of fact it derives (situation, finding or recommendation); {@code file} and
     * {@code line} say where it is written; {@code source} is its text.
     */
    @Schema(name = "Rule")
    record RuleView(String name, String description, String section, List<String> cites, String file, int line,
                    String layer, Reads reads, List<Derived> derives, String source) {

        static RuleView of(RuleBase.Rule rule) {
            RuleShape shape = rule.shape();
            return new RuleView(rule.name(), rule.info().description(), rule.info().section(), rule.info().cites(),
                    rule.info().file(), rule.info().line(), shape.layer(),
                    new Reads(shape.questions(), shape.situations(), shape.findings()),
                    shape.derives().stream().map(Derived::of).toList(), rule.info().source());
        }
    }

    /** What a rule's conditions test: question ids, situation aspects and finding ids. */
    @Schema(name = "RuleReads")
    record Reads(Set<String> questions, Set<String> situations, Set<String> findings) {
    }

    /**
     * A fact a rule derives: a situation (aspect {@code id} takes {@code value}), a finding, or evidence for a
     * recommendation ({@code id}) resting on a finding ({@code basis}) with a {@code weight}, negative against it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RuleDerives")
    record Derived(String kind, String id, String value, String basis, Integer weight) {

        static Derived of(RuleShape.Derived derived) {
            boolean evidence = derived.kind().equals("evidence");
            return new Derived(derived.kind(), derived.id(), derived.value(), derived.basis(),
                    evidence ? derived.weight() : null);
        }
    }

    /** The catalogue, in its meaningful order (the ranking's last tie-breaker). */
    @Schema(name = "Catalogue")
    record CatalogueView(List<String> sections, List<AspectView> situations,
                         List<Catalogue.FindingEntry> findings, List<Catalogue.RecommendationEntry> recommendations) {
    }

    /**
     * An aspect of a region's situation and the values the rules may give it; {@code multiValued} aspects may hold
     * several at once. (Its own record, not the catalogue's, so that the contract does not confuse its values with a
     * diagnosis's situation values.)
     */
    @Schema(name = "CatalogueSituation")
    record AspectView(String id, String title, String section, boolean multiValued, List<AspectValue> values) {

        static AspectView of(Catalogue.SituationAspect aspect) {
            return new AspectView(aspect.id(), aspect.title(), aspect.section(), aspect.multiValued(),
                    aspect.values().stream().map(v -> new AspectValue(v.id(), v.label())).toList());
        }
    }

    /** One value a situation aspect may take. */
    @Schema(name = "CatalogueSituationValue")
    record AspectValue(String id, String label) {
    }
}
