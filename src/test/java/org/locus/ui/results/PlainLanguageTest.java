package org.locus.ui.results;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.locus.explanation.TraceStep;
import org.locus.glossary.Glossary;
import org.locus.questionnaire.Answers;
import org.locus.report.ResultWords;
import org.locus.rulebase.RuleBase;
import org.locus.ui.KaribuTest;
import org.locus.ui.assessment.CurrentAssessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The results in words a newcomer reads: LED spelled out, the firmness labels and the chapter's terms explained. */
class PlainLanguageTest extends KaribuTest {

    private DiagnosisResult open(String caseId) {
        Answers answers = bean(CaseLibrary.class).find(caseId).orElseThrow().answers();
        bean(CurrentAssessment.class).replace(answers);
        UI.getCurrent().navigate(ResultsView.class);
        return bean(Diagnostician.class).diagnose(answers);
    }

    @Test
    void theResultsSpellOutLedAndNameTheKnowledgeBaseByItsDate() {
        open("sinos-valley-footwear");
        String lead = _get(Paragraph.class, spec -> spec.withClasses("lead")).getText();
        assertThat(lead).contains("local economic development (LED)")
                .contains(bean(RuleBase.class).edition().name()).doesNotContain(bean(RuleBase.class).version());
    }

    @Test
    void robustSensitiveAndFragileAreExplainedAboveTheRecommendationsThatCarryThem() {
        open("sinos-valley-footwear");
        Glossary glossary = bean(RuleBase.class).glossary();
        String legend = _get(Paragraph.class, spec -> spec.withClasses("firmness-legend")).getText();
        assertThat(legend).contains("Robust: ", "Sensitive: ", "Fragile: ")
                .contains(glossary.term("fragile").orElseThrow().meaning()
                        .replaceFirst("^Said of one of the top three recommendations: ", ""));
    }

    @Test
    void theTraceSaysWhatEachReasonIsInWordsAndExplainsEachFactOnce() {
        DiagnosisResult result = open("sinos-valley-footwear");
        List<Span> kinds = _find(Span.class, spec -> spec.withClasses("explanation-kind"));
        assertThat(kinds).extracting(Span::getText).isNotEmpty()
                .allMatch(k -> List.of(ExplanationTree.FINDING, ExplanationTree.SITUATION, ExplanationTree.ANSWER,
                        ExplanationTree.AWAITED).contains(k));

        // the case derives a fact more than once within one recommendation's reasons: on screen, once
        boolean repeats = false;
        for (Details card : _find(Details.class, spec -> spec.withClasses("recommendation"))) {
            String id = card.getElement().getAttribute("data-recommendation");
            DiagnosisResult.RecommendationResult r = result.recommendation(id).orElseThrow();
            Map<String, Integer> derived = new HashMap<>();
            r.trace().forEach(step -> count(step, derived));
            long explainedTwice = derived.values().stream().filter(n -> n > 1).count();
            repeats |= explainedTwice > 0;
            List<Span> above = _find(card, Span.class, spec -> spec.withClasses("explanation-above"));
            assertThat(above.size()).as(id).isGreaterThanOrEqualTo((int) explainedTwice);
            above.forEach(a -> assertThat(a.getText()).isEqualTo(ExplanationTree.EXPLAINED_ABOVE));
        }
        assertThat(repeats).as("Sinos repeats a derivation within one recommendation").isTrue();
    }

    private static void count(TraceStep step, Map<String, Integer> derived) {
        for (TraceStep.UsedFact used : step.uses()) {
            if (!used.trace().isEmpty()) {
                derived.merge(ExplanationTree.key(used), 1, Integer::sum);
                used.trace().forEach(s -> count(s, derived));
            }
        }
    }

    @Test
    void theChaptersTermsTheResultUsesAreExplainedAtTheEnd() {
        DiagnosisResult result = open("sinos-valley-footwear");
        List<Glossary.Term> used = ResultWords.used(bean(RuleBase.class).glossary(), result);
        assertThat(used).extracting(Glossary.Term::id).contains("quasi-hierarchical-chain", "functional-upgrading",
                "local-economic-development");
        WordsUsed words = _get(WordsUsed.class);
        String text = words.getElement().getTextRecursively();
        used.forEach(t -> assertThat(text).contains(t.spelledOut(), t.meaning()));
    }

    @Test
    void theResultsPageHandsOutTheBriefAsAPdfForTheRegionTheAdviserNames() throws Exception {
        DiagnosisResult result = open("sinos-valley-footwear");
        com.vaadin.flow.component.textfield.TextField region = _get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withClasses("brief-region"));
        region.setValue("Sinos Valley (2026)");
        com.vaadin.flow.component.html.Anchor brief = _get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("download-brief"));
        assertThat(brief.getText()).contains("Download brief (PDF)");

        byte[] pdf = com.github.mvysny.kaributesting.v10.DownloadKt._download(brief);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("LOCUS BRIEF Sinos Valley (2026) Assessed ").contains("How firm:")
                    .contains(result.recommendations().get(0).title());
        }
    }
}
