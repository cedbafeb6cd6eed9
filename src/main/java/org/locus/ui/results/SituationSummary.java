package org.locus.ui.results;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.knowledge.Catalogue;

import java.util.List;

/**
 * The situation in plain words: every aspect the catalogue names (location type, binding failure, cluster phase,
 * value chain position and governance, ...) with what the rules concluded, or that the answers do not tell yet.
 */
public class SituationSummary extends Composite<Div> {

    public SituationSummary(Catalogue catalogue, DiagnosisResult result,
                            java.util.function.Function<List<String>, List<String>> questionTexts) {
        getContent().addClassName("situation");
        for (Catalogue.SituationAspect aspect : catalogue.situations()) {
            List<DiagnosisResult.SituationValue> values = result.situation().getOrDefault(aspect.id(), List.of());
            Span title = new Span(aspect.title());
            title.addClassName("situation-title");
            Div card = new Div(title);
            card.addClassName("situation-aspect");
            card.getElement().setAttribute("data-aspect", aspect.id());
            if (values.isEmpty()) {
                Paragraph unknown = new Paragraph("Not determined from the answers given");
                unknown.addClassName("situation-unknown");
                card.add(unknown);
            }
            for (DiagnosisResult.SituationValue value : values) {
                Paragraph label = new Paragraph(value.label());
                label.addClassName("situation-value");
                if (value.status().equals("provisional")) {
                    label.add(new StatusBadge(questionTexts.apply(value.settledBy())));
                    card.addClassName("situation-provisional");
                }
                Details why = new Details("Why?", new ExplanationTree(value.trace()));
                why.addThemeVariants(DetailsVariant.SMALL);
                why.addClassName("situation-why");
                card.add(label, why);
            }
            getContent().add(card);
        }
    }
}
