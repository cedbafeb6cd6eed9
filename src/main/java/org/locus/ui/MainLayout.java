package org.locus.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.locus.rulebase.RuleBase;
import org.locus.ui.account.AccountLink;
import org.locus.ui.cases.CaseLibraryView;
import org.locus.ui.results.ResultsView;
import org.locus.ui.wizard.AssessmentView;

/**
 * The header around every page: the name, the three places a user goes (assessment, results, case library), and the
 * version of the rule base every result on screen comes from.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public MainLayout(RuleBase ruleBase, AuthenticationContext authentication) {
        RouterLink brand = new RouterLink("", StartView.class);
        brand.add(new Span("Locus"));
        brand.addClassName("brand");
        brand.getElement().setAttribute("aria-label", "Locus, start page");

        RouterLink assessment = new RouterLink("Assessment", AssessmentView.class);
        assessment.setHighlightCondition((link, event) -> {
            String path = event.getLocation().getPath();
            return path.startsWith("assessment") && !path.equals(ResultsView.PATH);
        });
        RouterLink results = new RouterLink("Results", ResultsView.class);
        RouterLink cases = new RouterLink("Case library", CaseLibraryView.class);
        cases.setHighlightCondition((link, event) -> event.getLocation().getPath().startsWith("cases"));
        Nav nav = new Nav(assessment, results, cases);
        nav.addClassName("main-nav");
        nav.getElement().setAttribute("aria-label", "Main");

        Span version = new Span("Knowledge base of " + ruleBase.edition().name());
        version.addClassName("rule-base-version");
        version.getElement().setAttribute("title", "Every result on these pages comes from this version of the "
                + "rules, questionnaire and catalogue (version " + ruleBase.version() + ")");

        Div bar = new Div(skipLink(), brand, nav, version, AccountLink.of(authentication));
        bar.addClassName("app-bar");
        addToNavbar(bar);
        // Locus has no drawer: since Vaadin 25 an empty one would still take a column on a wide screen
        setDrawerOpened(false);
    }

    /**
     * Printing opens every collapsed part (a recommendation's reasons, a finding's why) and closes again what it
     * opened: closed content is hidden by the details' own style, which no print style sheet can override.
     */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        attachEvent.getUI().getPage().executeJs("""
                if (!window.__locusPrint) {
                  window.__locusPrint = true;
                  let opened = [];
                  // the attribute at once, for the layout the print is about to make; the property for the component
                  const open = () => {
                    opened = opened.concat(Array.from(document.querySelectorAll('vaadin-details:not([opened])')));
                    opened.forEach(d => { d.setAttribute('opened', ''); d.opened = true; });
                  };
                  const close = () => {
                    opened.forEach(d => { d.opened = false; d.removeAttribute('opened'); });
                    opened = [];
                  };
                  window.addEventListener('beforeprint', open);
                  window.addEventListener('afterprint', close);
                  // some print paths (a headless browser's print to PDF) switch the media without the events
                  window.matchMedia('print').addEventListener('change', e => e.matches ? open() : close());
                }""");
    }

    /**
     * The first thing a keyboard reaches: past the header and the page's toolbar, to where the page's own content
     * starts (a wizard step's first question, otherwise the page's heading).
     */
    private static Anchor skipLink() {
        Anchor skip = new Anchor("#main-content", "Skip to content");
        skip.addClassName("skip-link");
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                    event.preventDefault();
                    const target = document.querySelector('.step-main .question input, .step-main .question vaadin-select')
                        || document.querySelector('.page h1');
                    if (target) {
                        if (!target.matches('input, vaadin-select')) { target.setAttribute('tabindex', '-1'); }
                        target.scrollIntoView({block: 'center'});
                        target.focus({preventScroll: true});
                    }
                });""");
        return skip;
    }

    /** A new page starts at its top, wherever the last one was scrolled to. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement().executeJs("window.scrollTo(0, 0);"
                + "const content = this.shadowRoot && this.shadowRoot.querySelector('[part~=\"content\"]');"
                + "if (content) { content.scrollTop = 0; }");
    }
}
