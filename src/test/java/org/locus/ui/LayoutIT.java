package org.locus.ui;

import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.questionnaire.Section;
import org.locus.rulebase.RuleBase;
import org.locus.ui.assessment.AnswersDocument;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route as a person sees it, at a laptop's 1366x768, a projector's 1280x720 and a phone's 390x844: the page
 * scrolls inside the app shell and never past it, nothing runs off sideways, no two controls of the wizard lie on one
 * another, what the keyboard focuses can be seen, the console stays clean, and axe-core finds no serious or critical
 * accessibility violation. One browser visits every route, to keep the run short; a screenshot of each goes to
 * {@code target/layout}, and what is wrong is reported all at once.
 */
class LayoutIT extends BrowserTest {

    static final List<int[]> SIZES = List.of(new int[] {1366, 768}, new int[] {1280, 720}, new int[] {390, 844});
    private static final String CASE = "castellon-ceramic-tiles";
    private static final Path SHOTS = Path.of("target", "layout");

    @Autowired
    private RuleBase ruleBase;
    @Autowired
    private CaseLibrary library;

    private final List<String> problems = new ArrayList<>();
    private String axe;

    @Test
    void everyRouteHoldsItsLayoutAtEverySizeAndPassesTheAccessibilityScan() throws IOException {
        Files.createDirectories(SHOTS);
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/axe/axe.min.js"))) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        LibraryCase sample = library.find(CASE).orElseThrow();
        String answers = AnswersDocument.write(sample.answers());
        Section first = ruleBase.questionnaire().sections().get(0);
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("start", "");
        routes.put("wizard", "assessment/" + first.id());
        routes.put("review", "assessment/summary");
        routes.put("results", "assessment/results");
        routes.put("cases", "cases");
        routes.put("case", "cases/" + CASE);
        routes.put("presenter", "cases/" + CASE + "/present");
        routes.put("compare", "cases/compare");
        routes.put("not-found", "no-such-page");

        open("");
        script("localStorage.setItem('locus.answers', arguments[0])", answers);
        consoleErrors();
        for (int[] size : SIZES) {
            resize(size[0], size[1]);
            for (Map.Entry<String, String> route : routes.entrySet()) {
                String where = route.getKey() + " at " + size[0] + "x" + size[1];
                open(route.getValue());
                settle();
                checkNoScrollPastTheShell(where);
                if (size[0] < 500) {
                    checkNothingRunsSideways(where);
                }
                if (route.getKey().equals("wizard") || route.getKey().equals("review")) {
                    checkNoControlsOverlap(where);
                    scrollContentTo(0.5);
                    checkNoControlsOverlap(where + ", scrolled half way");
                    scrollContentTo(0);
                }
                if (route.getKey().equals("presenter") && size[0] >= 1280) {
                    checkPresenterReadsFromTheBackOfTheRoom(where);
                }
                save(route.getKey() + "-" + size[0] + ".png");
                checkFocusIsVisible(where);
                checkAccessibility(where);
                consoleErrors().forEach(error -> problems.add(where + ": console error " + error));
            }
        }
        assertThat(problems).as("what a person would see wrong").isEmpty();
    }

    @Test
    void aLinkToAQuestionScrollsToItAndFocusesIt() {
        Section last = ruleBase.questionnaire().sections().get(ruleBase.questionnaire().sections().size() - 1);
        String question = last.questions().get(last.questions().size() - 1).id();
        resize(1366, 768);
        open("assessment/" + last.id() + "?question=" + question);
        new WebDriverWait(driver, WAIT).withMessage("the question is highlighted").until(d -> Boolean.TRUE.equals(
                script("return !!document.querySelector('[data-question=\"" + question + "\"].question-target')")));
        Boolean inView = (Boolean) script("""
                const box = document.querySelector('[data-question="%s"]').getBoundingClientRect();
                return box.top >= 0 && box.top < innerHeight;""".formatted(question));
        assertThat(inView).as("the question is in view").isTrue();
        assertThat((String) script("""
                let e = document.activeElement;
                while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
                for (let n = e; n; n = n.parentNode && n.parentNode.host ? n.parentNode.host : n.parentElement)
                    if (n.dataset && n.dataset.question) return n.dataset.question;
                return null;"""))
                .as("the question's input has the focus").isEqualTo(question);
    }

    private void settle() {
        waitForVaadin();
        // web components upgrade and lay out a frame after Vaadin is idle
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    }

    /** The app layout's content is the one scroller: the document is exactly the window. */
    private void checkNoScrollPastTheShell(String where) {
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) script("""
                const d = document.documentElement;
                return {height: d.scrollHeight, width: d.scrollWidth, innerHeight: innerHeight, innerWidth: innerWidth};""");
        if (box.get("height").intValue() > box.get("innerHeight").intValue() + 1) {
            problems.add(where + ": the document is " + box.get("height") + " px tall in a " + box.get("innerHeight")
                    + " px window, so the page scrolls past the app shell into white");
        }
        if (box.get("width").intValue() > box.get("innerWidth").intValue() + 1) {
            problems.add(where + ": the document is " + box.get("width") + " px wide in a " + box.get("innerWidth")
                    + " px window");
        }
    }

    private void checkNothingRunsSideways(String where) {
        String wide = (String) script("""
                const content = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part~="content"]');
                const out = [];
                if (content.scrollWidth > content.clientWidth + 1) out.push('the content scrolls sideways to ' + content.scrollWidth + ' px');
                for (const e of document.querySelectorAll('.page *')) {
                    const r = e.getBoundingClientRect();
                    if (r.width > 0 && r.height > 0 && r.right > innerWidth + 1 && !e.closest('[aria-hidden="true"]')) {
                        if (!out.some(o => o.startsWith('<' + e.parentElement.tagName))) out.push('<' + e.tagName.toLowerCase() + ' class="' + e.className + '"> ends at ' + Math.round(r.right) + ' px');
                        if (out.length > 3) break;
                    }
                }
                return out.join('; ');""");
        if (!wide.isEmpty()) {
            problems.add(where + ": runs sideways: " + wide);
        }
    }

    /** Buttons, links, radios and fields that are on screen must not lie over one another (a sticky list did). */
    private void checkNoControlsOverlap(String where) {
        String overlaps = (String) script("""
                // what the page's scroller has scrolled away is clipped under the header, not lying on it
                const content = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part~="content"]')
                    .getBoundingClientRect();
                const box = e => {
                    const r = e.getBoundingClientRect();
                    if (e.closest('[slot="navbar"]')) return r;
                    const top = Math.max(r.top, content.top), bottom = Math.min(r.bottom, content.bottom);
                    return {left: r.left, right: r.right, top: top, bottom: bottom, width: r.width, height: bottom - top};
                };
                const controls = [...document.querySelectorAll('vaadin-button, a[href], vaadin-radio-button, vaadin-select,'
                    + ' vaadin-number-field, vaadin-details-summary, vaadin-upload')]
                    .filter(e => { const r = box(e); return r.width > 0 && r.height > 0
                        && r.bottom > 0 && r.top < innerHeight && getComputedStyle(e).visibility !== 'hidden'; });
                const out = [];
                for (let i = 0; i < controls.length; i++) for (let j = i + 1; j < controls.length; j++) {
                    const a = controls[i], b = controls[j];
                    if (a.contains(b) || b.contains(a)) continue;
                    const p = box(a), q = box(b);
                    const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
                    const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
                    if (x > 2 && y > 2) out.push(a.tagName.toLowerCase() + ' "' + a.textContent.trim().slice(0, 30) + '" and '
                        + b.tagName.toLowerCase() + ' "' + b.textContent.trim().slice(0, 30) + '"');
                }
                return out.slice(0, 4).join('; ');""");
        if (!overlaps.isEmpty()) {
            problems.add(where + ": controls overlap: " + overlaps);
        }
    }

    /** Body text of 18 px or more, and the answers beside the result in one screen, with no page scroll. */
    private void checkPresenterReadsFromTheBackOfTheRoom(String where) {
        String wrong = (String) script("""
                const out = [];
                const text = document.querySelector('.presenter .recommendation-text, .presenter p');
                const size = parseFloat(getComputedStyle(text).fontSize);
                if (size < 18) out.push('body text is ' + size + ' px');
                // the page ends at the window's bottom and the app shell does not scroll; the columns scroll each
                const page = document.querySelector('.presenter');
                if (page.getBoundingClientRect().bottom > innerHeight + 1) out.push('the page runs below the window');
                const shell = getComputedStyle(document.querySelector('vaadin-app-layout').shadowRoot
                    .querySelector('[part~="content"]')).overflowY;
                if (shell !== 'hidden') out.push('the app shell scrolls (' + shell + ')');
                const answers = document.querySelector('.presenter .workbench-answers').getBoundingClientRect();
                const result = document.querySelector('.presenter .workbench-results').getBoundingClientRect();
                if (!(result.left >= answers.right - 1 && result.top < answers.bottom && answers.top < result.bottom))
                    out.push('the answers and the result are not side by side');
                return out.join('; ');""");
        if (!wrong.isEmpty()) {
            problems.add(where + ": presenter: " + wrong);
        }
    }

    private void scrollContentTo(double fraction) {
        script("""
                const content = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part~="content"]');
                content.scrollTop = (content.scrollHeight - content.clientHeight) * arguments[0];""", fraction);
        settle();
    }

    /** The first Tabs from the top of the page: each focused element is on screen and nothing covers it. */
    private void checkFocusIsVisible(String where) {
        script("document.activeElement && document.activeElement.blur(); window.focus();");
        for (int tab = 1; tab <= 6; tab++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            String hidden = (String) script("""
                    let e = document.activeElement;
                    if (!e || e === document.body) return '';
                    while (e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
                    let shown = e;
                    while (shown && shown.getBoundingClientRect().width === 0) shown = shown.parentNode && shown.parentNode.host
                        ? shown.parentNode.host : shown.parentElement;
                    if (!shown) return 'the focused element has no size';
                    const r = shown.getBoundingClientRect();
                    const name = '<' + shown.tagName.toLowerCase() + '> "' + (shown.textContent || '').trim().slice(0, 30) + '"';
                    if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return name + ' is off screen';
                    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
                    const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 10), 0), innerHeight - 1);
                    let hit = document.elementFromPoint(x, y);
                    const chain = [];
                    for (let n = e; n; n = n.parentNode && n.parentNode.host ? n.parentNode.host : n.parentElement) chain.push(n);
                    while (hit && hit.shadowRoot && hit.shadowRoot.elementFromPoint(x, y) && hit.shadowRoot.elementFromPoint(x, y) !== hit)
                        hit = hit.shadowRoot.elementFromPoint(x, y);
                    if (!hit || chain.includes(hit) || shown.contains(hit) || e.contains(hit)) return '';
                    for (let n = hit; n; n = n.parentNode && n.parentNode.host ? n.parentNode.host : n.parentElement)
                        if (chain.includes(n)) return '';
                    return name + ' is covered by <' + hit.tagName.toLowerCase() + ' class="' + hit.className + '">';""");
            if (!hidden.isEmpty()) {
                problems.add(where + ": after " + tab + " Tab" + (tab == 1 ? "" : "s") + ", " + hidden);
                return;
            }
        }
    }

    private void checkAccessibility(String where) {
        if (!Boolean.TRUE.equals(script("return typeof axe !== 'undefined'"))) {
            script(axe);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' (' + v.nodes.length + ' nodes, first '
                        + v.nodes[0].target.join(' ') + ')'))).catch(e => done(['axe failed: ' + e]));""");
        violations.forEach(v -> problems.add(where + ": " + v));
    }

    private void save(String name) throws IOException {
        Files.write(SHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
