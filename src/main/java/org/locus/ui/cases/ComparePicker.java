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

    private static Select<LibraryCase> caseSelect(String label) {
        Select<LibraryCase> select = new Select<>();
        select.setLabel(label);
        select.setItemLabelGenerator(LibraryCase::place);
        select.setEmptySelectionAllowed(false);
        return select;
    }

    void select(LibraryCase leftCase, LibraryCase rightCase) {
        left.setValue(leftCase);
        right.setValue(rightCase);
    }
}
