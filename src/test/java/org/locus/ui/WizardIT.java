package org.locus.ui;

import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.Diagnostician;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.AnswerType;
import org.locus.questionnaire.Question;
import org.locus.questionnaire.Section;
import org.locus.rulebase.RuleBase;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The adviser in a real browser: through the wizard to the results, and answers kept across a reload. */
class WizardIT extends BrowserTest {

    private static final By HEADING = By.cssSelector(".step-heading");
    private static final By NEXT = By.cssSelector("vaadin-button.step-next");

    @Autowired
    private RuleBase ruleBase;
    @Autowired
    private CaseLibrary library;
    @Autowired
    private Diagnostician diagnostician;

    private void waitForStep(String title) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(HEADING, title));
    }

    @Test
    void completesTheWizardForASampleRegionAndShowsItsTopRecommendation() {
        LibraryCase region = library.find("castellon-ceramic-tiles").orElseThrow();
        AnswerEntry entry = new AnswerEntry(this);
        open("");
        click(By.id("start-assessment"));

        for (Section section : ruleBase.questionnaire().sections()) {
            waitForStep(section.title());
            entry.enter(section, region.answers());
            click(NEXT);
        }
        waitForStep("Review your answers");
        int total = ruleBase.questionnaire().questions().size();
        assertThat(waitFor(By.cssSelector(".summary-counts")).getText())
                .startsWith("You answered " + region.answers().size() + " of " + total + " questions");
        click(NEXT);

        String expectedTop = diagnostician.diagnose(region.answers()).recommendations().get(0).title();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("assessment/results"));
        assertThat(waitFor(By.cssSelector(".recommendation .recommendation-title")).getText()).isEqualTo(expectedTop);
        assertThat(texts(By.cssSelector(".recommendation .recommendation-title")))
                .isEqualTo(diagnostician.diagnose(region.answers()).recommendations().stream()
                        .map(r -> r.title()).toList());
    }

    @Test
    void answersSurviveAReloadAndAClosedTab() {
        Section section = ruleBase.questionnaire().sections().stream()
                .filter(s -> s.questions().stream().anyMatch(q -> q.type() == AnswerType.YES_NO)
                        && s.questions().stream().anyMatch(q -> q.type() == AnswerType.SCALE)).findFirst()
                .orElseGet(() -> ruleBase.questionnaire().sections().get(0));
        List<Answer> given = section.questions().stream()
                .filter(q -> q.type() == AnswerType.YES_NO || q.type() == AnswerType.SCALE).limit(2)
                .map(q -> q.type() == AnswerType.YES_NO ? Answer.yesNo(q.id(), true) : Answer.number(q.id(), 2)).toList();
        open("assessment/" + section.id());
        waitForStep(section.title());
        AnswerEntry entry = new AnswerEntry(this);
        given.forEach(a -> entry.enter(ruleBase.questionnaire().require(a.getQuestion()), a));

        driver.navigate().refresh();
        waitForVaadin();

        waitForStep(section.title());
        for (Answer answer : given) {
            Question question = ruleBase.questionnaire().require(answer.getQuestion());
            String expected = question.type() == AnswerType.YES_NO ? "Yes" : "2";
            new WebDriverWait(driver, WAIT).until(d -> checkedRadio(question.id()).equals(expected));
        }

        String oldTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String newTab = driver.getWindowHandle();
        driver.switchTo().window(oldTab).close();
        driver.switchTo().window(newTab);
        open("assessment/summary");
        waitForStep("Review your answers");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".summary-counts"), "You answered " + given.size() + " of"));
    }
}
