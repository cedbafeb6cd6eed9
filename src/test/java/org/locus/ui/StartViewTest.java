package org.locus.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.locus.rulebase.RuleBase;
import org.locus.ui.cases.CaseLibraryView;
import org.locus.ui.wizard.AssessmentView;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class StartViewTest extends KaribuTest {

    @Test
    void saysWhatLocusDoesInThreeSentences() {
        UI.getCurrent().navigate(StartView.class);
        String lead = _get(Paragraph.class, spec -> spec.withClasses("lead")).getText();
        assertThat(lead.split("(?<=\\.) ")).hasSize(3);
        assertThat(lead).contains("don't know").contains("Knorringa and Meyer-Stamer (2007)");
    }

    @Test
    void startsAnAssessment() {
        UI.getCurrent().navigate(StartView.class);
        _click(_get(Button.class, spec -> spec.withText("Start an assessment")));
        assertThat(_get(AssessmentView.class)).isNotNull();
    }

    @Test
    void opensTheCaseLibrary() {
        UI.getCurrent().navigate(StartView.class);
        _click(_get(Button.class, spec -> spec.withText("Open the case library")));
        assertThat(_get(CaseLibraryView.class)).isNotNull();
    }

    @Test
    void headerNamesTheKnowledgeBaseByDateAndShortIdWithTheFullVersionOnHover() {
        UI.getCurrent().navigate(StartView.class);
        RuleBase ruleBase = bean(RuleBase.class);
        Span version = _get(Span.class, spec -> spec.withClasses("rule-base-version"));
        assertThat(version.getText()).isEqualTo("Knowledge base of " + ruleBase.edition().name())
                .contains(ruleBase.version().substring(0, 7)).doesNotContain(ruleBase.version());
        assertThat(version.getElement().getAttribute("title")).contains(ruleBase.version());
    }
}
