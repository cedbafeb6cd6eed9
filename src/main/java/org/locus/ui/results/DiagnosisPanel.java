package org.locus.ui.results;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.knowledge.Catalogue;

import java.util.List;
import java.util.Map;

/**
 * A diagnosis on screen: the situation first, then the ranked recommendations (the first opened, so its reasons
 * show), then the findings by concern. Used by the adviser's results and by the trainer's case page.
 */
public class DiagnosisPanel extends Composite<Div> {

    private final Catalogue catalogue;

    public DiagnosisPanel(Catalogue catalogue) {
        this.catalogue = catalogue;
        getContent().addClassName("diagnosis");
    }

    public void show(DiagnosisResult result) {
        show(result, Map.of());
    }

    /** Shows a result; {@code movements} labels recommendations that moved since a reference ranking. */
    public void show(DiagnosisResult result, Map<String, String> movements) {
        getContent().removeAll();
        getContent().add(
                section("situation-section", "Situation", new SituationSummary(catalogue, result)),
                section("recommendations-section", "Recommendations", recommendations(result.recommendations(), movements)),
                section("findings-section", "Findings", new FindingsByConcern(result.findings())));
    }

    private static Section section(String className, String title, com.vaadin.flow.component.Component content) {
        Section section = new Section(new H2(title), content);
        section.addClassName(className);
        return section;
    }

    private static Div recommendations(List<DiagnosisResult.RecommendationResult> recommendations,
                                       Map<String, String> movements) {
        Div list = new Div();
        list.addClassName("recommendations");
        if (recommendations.isEmpty()) {
            list.add(new Paragraph("No recommendation follows from the answers given yet. Answer more questions, or "
                    + "look at the findings below."));
        }
        for (DiagnosisResult.RecommendationResult r : recommendations) {
            RecommendationCard card = new RecommendationCard(r, movements.get(r.id()));
            card.setOpened(r.rank() == 1);
            list.add(card);
        }
        return list;
    }
}
