package org.locus.ui;

import org.junit.jupiter.api.Test;
import org.locus.analysis.Analyst;
import org.locus.analysis.AnswerChange;
import org.locus.analysis.WhatIf;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.diagnosis.Diagnostician;
import org.locus.knowledge.Answer;
import org.locus.questionnaire.Answers;
import org.locus.questionnaire.AnswersReader;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The trainer in a real browser: a case on screen, an answer changed or a what-if tried, the ranking moves at once. */
class TrainerIT extends BrowserTest {

    private static final By RANKING = By.cssSelector(".workbench-results .recommendation .recommendation-title");

    @Autowired
    private CaseLibrary library;
    @Autowired
    private Diagnostician diagnostician;
    @Autowired
    private Analyst analyst;
    @Autowired
    private AnswersReader reader;

    @Test
    void changingAnAnswerOnTheCasePageReRanksTheRecommendations() {
        LibraryCase castellon = library.find("castellon-ceramic-tiles").orElseThrow();
        DiagnosisResult before = diagnostician.diagnose(castellon.answers());
        DiagnosisResult after = diagnostician.diagnose(castellon.answers()
                .with("private-collective-action", Answer.number("private-collective-action", 1)));
        assertThat(after.recommendationIds()).isNotEqualTo(before.recommendationIds());

        open("cases/" + castellon.id());
        waitFor(RANKING);
        assertThat(texts(RANKING)).isEqualTo(titles(before));

        pickRadio("private-collective-action", "1");

        // the ranking is rendered anew while the wait reads it: an element read just as it is replaced is read again
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> texts(RANKING).equals(titles(after)));
        String moved = waitFor(By.cssSelector(".moves")).getText();
        assertThat(moved).contains("What moved").contains(before.recommendation("use-growth-window").orElseThrow().title());
        assertThat(driver.findElements(By.cssSelector(".moves li[data-recommendation='use-growth-window']"))).hasSize(1);
    }

    @Test
    void tryingAWhatIfOnTheCasePageReRanksAsItSaid() {
        LibraryCase castellon = library.find("castellon-ceramic-tiles").orElseThrow();
        WhatIf first = analyst.analysis(castellon.answers()).whatIf().get(0);
        Answers tried = castellon.answers();
        for (AnswerChange change : first.changes()) {
            tried = change.applyTo(tried, reader);
        }
        DiagnosisResult after = diagnostician.diagnose(tried);

        open("cases/" + castellon.id());
        waitFor(RANKING);
        WebElement tryIt = waitFor(By.cssSelector(".what-if-section .try-what-if"));
        // the results column scrolls on its own, beside the answers; bring the button into its view
        script("arguments[0].scrollIntoView({block: 'center'})", tryIt);
        tryIt.click();

        // the ranking is rendered anew while the wait reads it: an element read just as it is replaced is read again
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> texts(RANKING).equals(titles(after)));
        assertThat(waitFor(By.cssSelector(".moves")).getText()).contains("What moved");
        new WebDriverWait(driver, WAIT).withMessage("what moved scrolls into sight").until(d -> Boolean.TRUE.equals(script(
                "const box = document.querySelector('.moves').getBoundingClientRect();"
                        + "return box.top >= 0 && box.top < window.innerHeight;")));
    }

    private static List<String> titles(DiagnosisResult result) {
        return result.recommendations().stream().map(DiagnosisResult.RecommendationResult::title).toList();
    }
}
