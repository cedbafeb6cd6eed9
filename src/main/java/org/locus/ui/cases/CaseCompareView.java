package org.locus.ui.cases;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.rulebase.RuleBase;
import org.locus.ui.MainLayout;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two cases side by side, such as Castellón and Sassuolo: their situations, rankings and findings, and the answers in
 * which they differ. The pair is in the address ({@code /cases/compare?left=..&right=..}), so it can be shared.
 */
@Route(value = "cases/compare", layout = MainLayout.class)
@PageTitle("Compare cases · Locus")
public class CaseCompareView extends Div implements BeforeEnterObserver {

    static final String LEFT = "left";
    static final String RIGHT = "right";
    /** "the tourism case": a teaching note naming another case by a word of its id */
    private static final java.util.regex.Pattern CASE_BY_WORD = java.util.regex.Pattern.compile("the (\\w+) case");

    private final CaseLibrary library;
    private final CaseResults results;
    private final RuleBase ruleBase;
    private final ComparePicker picker;
    private final Div body = new Div();

    public CaseCompareView(CaseLibrary library, CaseResults results, RuleBase ruleBase) {
        this.library = library;
        this.results = results;
        this.ruleBase = ruleBase;
        this.picker = new ComparePicker(library.cases());
        addClassNames("page", "case-compare");
        Div intro = new Div(new H1("Compare cases"));
        intro.addClassName("page-intro");
        Div header = new Div(intro, picker);
        header.addClassName("page-header");
        add(header, body);
    }

    static QueryParameters parameters(String left, String right) {
        return QueryParameters.simple(Map.of(LEFT, left, RIGHT, right));
    }

    /**
     * The case to set beside this one: the one its teaching notes name ("Set it beside Castellón"), else the first
     * other case.
     */
    static LibraryCase pairFor(CaseLibrary library, LibraryCase libraryCase) {
        String notes = libraryCase.teachingNotes();
        List<LibraryCase> others = library.cases().stream().filter(c -> !c.equals(libraryCase)).toList();
        java.util.regex.Matcher named = CASE_BY_WORD.matcher(notes);
        String word = named.find() ? named.group(1).toLowerCase(java.util.Locale.ROOT) : null;
        return others.stream().filter(c -> notes.contains(shortName(c))).findFirst()
                .or(() -> others.stream().filter(c -> word != null && c.id().contains(word)).findFirst())
                .orElse(others.isEmpty() ? libraryCase : others.get(0));
    }

    /** "Castellón" of "Castellón de la Plana, Valencia, Spain": the name a teaching note uses for a place. */
    static String shortName(LibraryCase libraryCase) {
        String place = libraryCase.place();
        int comma = place.indexOf(',');
        String name = comma > 0 ? place.substring(0, comma) : place;
        String[] words = name.split(" ");
        return words.length > 2 && !name.startsWith("Illustrative") ? words[0] : name;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        body.removeAll();
        List<LibraryCase> cases = library.cases();
        if (cases.isEmpty()) {
            body.add(new Paragraph("The case library is empty."));
            return;
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<String> leftId = query.getSingleParameter(LEFT);
        Optional<String> rightId = query.getSingleParameter(RIGHT);
        LibraryCase left = leftId.flatMap(library::find).orElse(cases.get(0));
        LibraryCase right = rightId.flatMap(library::find).orElse(pairFor(library, left));
        for (Optional<String> id : List.of(leftId, rightId)) {
            id.filter(i -> library.find(i).isEmpty()).ifPresent(i ->
                    body.add(new Paragraph("There is no case '" + i + "' in the library; showing another instead.")));
        }
        picker.select(left, right);
        Div columns = new Div(new CaseColumn(left, results.of(left).diagnosis()), new CaseColumn(right, results.of(right).diagnosis()));
        columns.addClassName("compare-columns");
        body.add(new SituationComparison(ruleBase.catalogue(), left.place(), results.of(left).diagnosis(), right.place(),
                        results.of(right).diagnosis()),
                columns, new H2("Where the answers differ"), new AnswerDifferences(ruleBase.questionnaire(), left, right));
    }
}
