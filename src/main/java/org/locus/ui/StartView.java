package org.locus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.locus.cases.CaseLibrary;
import org.locus.rulebase.RuleBase;
import org.locus.ui.cases.CaseLibraryView;
import org.locus.ui.wizard.AssessmentView;

/** The start page: what Locus does, in three sentences, and the two ways in. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Locus · Local development and value chain diagnostics")
public class StartView extends Div {

    public StartView(RuleBase ruleBase, CaseLibrary cases) {
        addClassNames("page", "start");
        H1 title = new H1("Which local development strategy fits this place?");
        Paragraph what = new Paragraph("Locus helps you decide what local economic development (LED) and value chain "
                + "promotion can do for a town or region. You answer questions about the place, its firms and their "
                + "markets, and \"don't know\" is always a fine answer. Locus then describes the situation and ranks "
                + "strategic recommendations, each explained step by step down to your answers and the section of "
                + "Knorringa and Meyer-Stamer (2007) it rests on.");
        what.addClassName("lead");

        Button start = new Button("Start an assessment", VaadinIcon.ARROW_RIGHT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(AssessmentView.class)));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.setIconAfterText(true);
        start.setId("start-assessment");
        Button library = new Button("Open the case library", VaadinIcon.BOOK.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(CaseLibraryView.class)));
        library.addThemeVariants(ButtonVariant.LUMO_LARGE);
        library.setId("open-case-library");
        Div actions = new Div(start, library);
        actions.addClassName("start-actions");

        int questions = ruleBase.questionnaire().questions().size();
        Paragraph facts = new Paragraph(questions + " questions in " + ruleBase.questionnaire().sections().size()
                + " steps · " + cases.cases().size() + (cases.cases().size() == 1 ? " worked case" : " worked cases")
                + " from the chapter · your answers stay in your browser");
        facts.addClassName("start-facts");

        Div hero = new Div(title, what, actions, facts);
        hero.addClassName("hero");
        add(hero);
    }
}
