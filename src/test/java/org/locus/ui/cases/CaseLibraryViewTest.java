package org.locus.ui.cases;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.locus.questionnaire.Question;
import org.locus.rulebase.RuleBase;
import org.locus.ui.KaribuTest;

import java.util.List;
import java.util.Objects;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CaseLibraryViewTest extends KaribuTest {

    private List<LibraryCase> cases() {
        return bean(CaseLibrary.class).cases();
    }

    private List<NativeTableRow> rows() {
        return _find(NativeTableRow.class, spec -> spec.withPredicate(r -> r.getElement().hasAttribute("data-case")));
    }

    private static String column(NativeTableRow row, String column) {
        return row.getChildren().filter(c -> column.equals(c.getElement().getAttribute("data-column"))).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + column)).getElement().getTextRecursively();
    }

    @Test
    void listsEveryCaseWithPlacePeriodSectorAndKeyFindings() {
        UI.getCurrent().navigate(CaseLibraryView.class);
        List<NativeTableRow> rows = rows();

        assertThat(rows).extracting(r -> r.getElement().getAttribute("data-case"))
                .containsExactlyElementsOf(cases().stream().map(LibraryCase::id).toList());
        for (int row = 0; row < cases().size(); row++) {
            LibraryCase c = cases().get(row);
            assertThat(column(rows.get(row), "Period")).isEqualTo(c.period());
            assertThat(column(rows.get(row), "Sector")).isEqualTo(c.sector());
            assertThat(column(rows.get(row), "Place")).contains(c.place());
            String findings = column(rows.get(row), "Key findings");
            bean(Diagnostician.class).diagnose(c.answers()).findings()
                    .forEach(f -> assertThat(findings).contains(f.title()));
        }
    }

    @Test
    void aPlaceLinksToItsCasePage() {
        UI.getCurrent().navigate(CaseLibraryView.class);
        RouterLink link = _get(rows().get(0), RouterLink.class);

        UI.getCurrent().navigate(link.getHref());

        assertThat(_get(CaseView.class)).isNotNull();
        assertThat(path()).isEqualTo("cases/" + cases().get(0).id());
    }

    @Test
    void sideBySideOpensTheComparisonOfTheTwoCasesPicked() {
        UI.getCurrent().navigate(CaseLibraryView.class);
        _click(_get(Button.class, spec -> spec.withId("compare-cases")));
        assertThat(_get(CaseCompareView.class)).isNotNull();
        assertThat(path()).startsWith("cases/compare?").contains("left=" + cases().get(0).id());
    }

    @Test
    void comparesTwoCasesSideBySide() {
        LibraryCase left = cases().get(0);
        LibraryCase right = cases().get(cases().size() - 1);
        UI.getCurrent().navigate(CaseCompareView.class, CaseCompareView.parameters(left.id(), right.id()));

        assertThat(_find(Section.class, spec -> spec.withClasses("case-column")))
                .extracting(s -> s.getElement().getAttribute("data-case")).containsExactly(left.id(), right.id());
        RuleBase ruleBase = bean(RuleBase.class);
        assertThat(_find(NativeTableRow.class, spec -> spec.withPredicate(r -> r.getElement().hasAttribute("data-aspect"))))
                .hasSize(ruleBase.catalogue().situations().size());
        DiagnosisResult leftResult = bean(Diagnostician.class).diagnose(left.answers());
        Section leftColumn = _find(Section.class, spec -> spec.withClasses("case-column")).get(0);
        leftResult.recommendations().forEach(r -> assertThat(leftColumn.getElement().getTextRecursively()).contains(r.title()));

        List<String> differing = ruleBase.questionnaire().questions().stream().map(Question::id)
                .filter(q -> !Objects.equals(left.answers().get(q), right.answers().get(q))).toList();
        assertThat(_find(NativeTableRow.class, spec -> spec.withPredicate(r -> r.getElement().hasAttribute("data-question"))))
                .extracting(r -> r.getElement().getAttribute("data-question")).containsExactlyElementsOf(differing);
    }

    @Test
    void anUnknownCaseInTheComparisonIsSaidAndReplaced() {
        UI.getCurrent().navigate(CaseCompareView.class, CaseCompareView.parameters("atlantis", cases().get(0).id()));
        assertThat(_get(CaseCompareView.class).getElement().getTextRecursively()).contains("There is no case 'atlantis'");
        assertThat(_find(Section.class, spec -> spec.withClasses("case-column"))).hasSize(2);
    }
}
