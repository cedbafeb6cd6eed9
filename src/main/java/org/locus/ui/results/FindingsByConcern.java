package org.locus.ui.results;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.locus.diagnosis.DiagnosisResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.ArrayList;

/** The findings, grouped by the concern they belong to, each with its summary, explanation and citation. */
public class FindingsByConcern extends Composite<Div> {

    private final Function<List<String>, List<String>> questionTexts;

    public FindingsByConcern(List<DiagnosisResult.FindingResult> findings,
                             Function<List<String>, List<String>> questionTexts) {
        this.questionTexts = questionTexts;
        getContent().addClassName("findings");
        if (findings.isEmpty()) {
            getContent().add(new Paragraph("No finding follows from the answers given."));
            return;
        }
        Map<String, List<DiagnosisResult.FindingResult>> byConcern = new LinkedHashMap<>();
        findings.forEach(f -> byConcern.computeIfAbsent(f.concern(), c -> new ArrayList<>()).add(f));
        byConcern.forEach((concern, inConcern) -> {
            Section group = new Section(new H3(concernTitle(concern)));
            group.addClassName("concern");
            group.getElement().setAttribute("data-concern", concern);
            inConcern.forEach(f -> group.add(finding(f)));
            getContent().add(group);
        });
    }

    /** A concern id read aloud: {@code enabling-environment} becomes "Enabling environment". */
    static String concernTitle(String concern) {
        String words = concern.replace('-', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private Details finding(DiagnosisResult.FindingResult finding) {
        Span title = new Span(finding.title());
        title.addClassName("finding-title");
        Div heading = new Div(title);
        heading.addClassName("finding-heading");
        List<String> settledBy = questionTexts.apply(finding.settledBy());
        if (!finding.established()) {
            heading.add(new StatusBadge(settledBy));
        }
        heading.add(new ClaimBadge(finding.claim()));
        Paragraph summary = new Paragraph(finding.summary());
        Details details = new Details(heading, summary);
        if (!finding.established()) {
            Paragraph confirm = new Paragraph(settledBy.isEmpty()
                    ? "Provisional: it rests on what is not known yet."
                    : "Provisional. To confirm it or rule it out, answer: "
                            + String.join("; ", settledBy.stream().map(q -> "“" + q + "”").toList()));
            confirm.addClassName("finding-confirm");
            details.add(confirm);
        }
        Paragraph claim = new Paragraph("How firm the chapter is: " + ClaimBadge.label(finding.claim())
                + ". " + finding.claim().note());
        claim.addClassName("finding-claim");
        details.add(claim, new H4("Why"), new ExplanationTree(finding.trace()),
                new Citation(finding.section(), finding.cites()));
        details.addClassName("finding");
        if (!finding.established()) {
            details.addClassName("finding-provisional");
        }
        details.getElement().setAttribute("data-finding", finding.id());
        return details;
    }
}
