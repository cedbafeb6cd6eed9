package org.locus.ui.cases;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import org.locus.cases.LibraryCase;

import java.util.List;

/** Two cases to put side by side, and the button that does it. */
class ComparePicker extends Composite<Div> {

    private final Select<LibraryCase> left = caseSelect("Compare");
    private final Select<LibraryCase> right = caseSelect("with");

    ComparePicker(List<LibraryCase> cases) {
        left.setItemLabelGenerator(c -> label(c, cases));
        right.setItemLabelGenerator(c -> label(c, cases));
        left.setItems(cases);
        right.setItems(cases);
        if (!cases.isEmpty()) {
            left.setValue(cases.get(0));
            right.setValue(cases.get(Math.min(1, cases.size() - 1)));
        }
        Button compare = new Button("Side by side", VaadinIcon.SPLIT_H.create(), e ->
                getUI().ifPresent(ui -> ui.navigate(CaseCompareView.class, CaseCompareView.parameters(
                        left.getValue().id(), right.getValue().id()))));
        compare.setId("compare-cases");
        getContent().addClassName("compare-picker");
        getContent().add(left, right, compare);
    }

    /**
     * The place, unless another case has the same place ("Illustrative composite region…"): then the case's title,
     * which tells them apart.
     */
    static String label(LibraryCase libraryCase, List<LibraryCase> cases) {
        boolean shared = cases.stream().anyMatch(c -> !c.equals(libraryCase) && c.place().equals(libraryCase.place()));
        return shared || libraryCase.place().startsWith("Illustrative") ? libraryCase.title() : libraryCase.place();
    }

    private static Select<LibraryCase> caseSelect(String label) {
        Select<LibraryCase> select = new Select<>();
        select.setLabel(label);
        select.setEmptySelectionAllowed(false);
        return select;
    }

    void select(LibraryCase leftCase, LibraryCase rightCase) {
        left.setValue(leftCase);
        right.setValue(rightCase);
    }
}
