package org.locus.ui.cases;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.ui.KaribuTest;
import org.locus.ui.wizard.QuestionField;
import org.locus.ui.workbench.MovesPanel;
import org.locus.ui.workbench.Workbench;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PresenterViewTest extends KaribuTest {

    private static final String CASTELLON = "castellon-ceramic-tiles";

    private LibraryCase castellon() {
        return bean(CaseLibrary.class).find(CASTELLON).orElseThrow();
    }

    @Test
    void theTeachingNotesAreFoldedAwayFromTheProjectedViewAndOpenInAWindowOfTheirOwn() {
        UI.getCurrent().navigate(PresenterView.class, CaseView.parameters(CASTELLON));

        Details notes = _get(Details.class, spec -> spec.withClasses("presenter-notes"));
        assertThat(notes.isOpened()).isFalse();
        Anchor window = _get(Anchor.class, spec -> spec.withId("notes-window"));
        assertThat(window.getHref()).isEqualTo("cases/" + CASTELLON + "/notes");
        assertThat(_get(Workbench.class)).isNotNull();

        UI.getCurrent().navigate(window.getHref());
        assertThat(_get(TeachingNotesView.class).getElement().getTextRecursively())
                .contains(castellon().teachingNotes());
    }

    @Test
    void theWhatIfInTheAddressIsShownAfterAReload() {
        UI.getCurrent().navigate("cases/" + CASTELLON + "/present",
                new QueryParameters(Map.of("set", List.of("private-collective-action:1"))));

        RadioButtonGroup<?> radios = _get(RadioButtonGroup.class,
                spec -> spec.withId(QuestionField.idOf("private-collective-action")));
        assertThat(radios.getValue()).isEqualTo("1");
        assertThat(_get(MovesPanel.class).getElement().getTextRecursively()).contains("one changed answer");
    }

    @Test
    void theComparisonDefaultsToThePairTheTeachingNoteNamesAndThePickerTellsCasesApart() {
        CaseLibrary library = bean(CaseLibrary.class);
        assertThat(CaseCompareView.pairFor(library, castellon()).id()).isEqualTo("sassuolo-ceramic-tiles");
        assertThat(CaseCompareView.pairFor(library, library.find("sassuolo-ceramic-tiles").orElseThrow()).id())
                .isEqualTo(CASTELLON);

        List<String> labels = library.cases().stream().map(c -> ComparePicker.label(c, library.cases())).toList();
        assertThat(labels).doesNotHaveDuplicates();
    }
}
