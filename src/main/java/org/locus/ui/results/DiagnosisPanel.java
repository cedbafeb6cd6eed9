package org.locus.ui.results;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.shared.Registration;
import org.locus.analysis.Analysis;
import org.locus.analysis.Robustness;
import org.locus.glossary.Glossary;
import org.locus.report.ResultWords;
import java.util.stream.Stream;
import org.locus.analysis.AnswerChange;
import org.locus.analysis.AnalysedDiagnosis;
import org.locus.diagnosis.DiagnosisDocument;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.knowledge.Catalogue;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Questionnaire;
import org.locus.rulebase.RuleBase;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A diagnosis on screen: the situation first, then the ranked recommendations (the first opened, so its reasons
 * show), then, for an analysed diagnosis, what if and why not the others, and last the findings by concern. Used by
 * the adviser's results and by the trainer's case page; the trainer's page listens for {@link WhatIfChosenEvent}, and
 * every what-if then offers to be tried.
 */
public class DiagnosisPanel extends Composite<Div> {

    private static final Map<String, String> GROUPS = Map.of("local", "What local actors can do",
            "higher", "What to ask of higher levels of government and of donors",
            "framing", "The chapter's framing conclusion");

    private final Catalogue catalogue;
    private final Questionnaire questionnaire;
    private final Glossary glossary;
    private boolean whatIfsTryable;

    public DiagnosisPanel(RuleBase ruleBase) {
        this.catalogue = ruleBase.catalogue();
        this.questionnaire = ruleBase.questionnaire();
        this.glossary = ruleBase.glossary();
        getContent().addClassName("diagnosis");
    }

    public void show(DiagnosisDocument document) {
        show(document, Map.of());
    }

    /**
     * Shows a result, with its analysis when the document carries one; {@code movements} labels recommendations
     * that moved since a reference ranking.
     */
    public void show(DiagnosisDocument document, Map<String, String> movements) {
        DiagnosisResult result = document.diagnosis();
        Analysis analysis = document instanceof AnalysedDiagnosis analysed ? analysed.analysis() : null;
        Consumer<List<AnswerChange>> tryIt = whatIfsTryable ? changes -> fireEvent(new WhatIfChosenEvent(this, changes)) : null;
        getContent().removeAll();
        getContent().add(
                section("situation-section", "Situation", new SituationSummary(catalogue, result, this::questionTexts)),
                section("recommendations-section", "Recommendations",
                        recommendations(result.recommendations(), movements, analysis, tryIt)));
        if (analysis != null) {
            getContent().add(
                    section("what-if-section", "What if", new WhatIfList(analysis, tryIt)),
                    section("why-not-section", "Why not the others", new WhyNotList(analysis.whyNot(), tryIt)));
        }
        getContent().add(section("findings-section", "Findings", new FindingsByConcern(result.findings(), this::questionTexts)));
        if (!glossary.isEmpty()) {
            getContent().add(section("glossary-section", "Words used here", new WordsUsed(ResultWords.used(glossary, result))));
        }
    }

    /**
     * What robust, sensitive and fragile mean, in the glossary's words, shown once above the recommendations that
     * carry those labels; a badge alone would leave the reader guessing whether "fragile" means bad advice.
     */
    private Component firmnessLegend() {
        List<String> parts = Stream.of(Robustness.ROBUST, Robustness.SENSITIVE, Robustness.FRAGILE)
                .flatMap(label -> glossary.term(label).stream())
                .map(term -> Character.toUpperCase(term.term().charAt(0)) + term.term().substring(1) + ": "
                        + term.meaning().replaceFirst("^Said of one of the top three recommendations: ", ""))
                .toList();
        Paragraph legend = new Paragraph("How firm each of the top three is. " + String.join(" ", parts));
        legend.addClassName("firmness-legend");
        return legend;
    }

    /** Listens for the reader trying a what-if; from then on, every what-if shown offers a button to try it. */
    public Registration addWhatIfChosenListener(ComponentEventListener<WhatIfChosenEvent> listener) {
        whatIfsTryable = true;
        return addListener(WhatIfChosenEvent.class, listener);
    }

    private static Section section(String className, String title, Component content) {
        Section section = new Section(new H2(title), content);
        section.addClassName(className);
        return section;
    }

    /** The texts of questions, for a reader who does not know their ids. */
    private List<String> questionTexts(List<String> ids) {
        return ids.stream().map(id -> questionnaire.question(id).map(Question::text).orElse(id)).toList();
    }

    private Div recommendations(List<DiagnosisResult.RecommendationResult> recommendations,
                                Map<String, String> movements, Analysis analysis,
                                Consumer<List<AnswerChange>> tryIt) {
        Div list = new Div();
        list.addClassName("recommendations");
        if (analysis != null && !analysis.robustness().isEmpty() && glossary.term(Robustness.FRAGILE).isPresent()) {
            list.add(firmnessLegend());
        }
        if (recommendations.isEmpty()) {
            list.add(new Paragraph("No recommendation follows from the answers given yet. Answer more questions, or "
                    + "look at the findings below."));
        }
        String group = null;
        for (DiagnosisResult.RecommendationResult r : recommendations) {
            if (!r.group().equals(group)) {
                group = r.group();
                H3 heading = new H3(GROUPS.get(group));
                heading.addClassName("recommendation-group");
                heading.getElement().setAttribute("data-group", group);
                list.add(heading);
            }
            RecommendationCard card = new RecommendationCard(r, movements.get(r.id()), analysis, tryIt,
                    this::questionTexts);
            card.setOpened(r.rank() == 1);
            list.add(card);
        }
        return list;
    }
}
