package org.locus.ui;

import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.locus.cases.LibraryCase;
import org.locus.questionnaire.Section;
import org.locus.rulebase.RuleBase;
import org.locus.ui.assessment.AnswersDocument;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screenshots of the main pages at 1366x900, the presenter at 1280x720 and the wizard and results on a 390x844
 * phone, for the README and for looking at. They go to
 * {@code target/screenshots}, or to the folder named by {@code -Dlocus.screenshots.dir=docs/screenshots} when the
 * README's pictures are to be renewed.
 */
class ScreenshotsIT extends BrowserTest {

    private static final String CASE = "castellon-ceramic-tiles";

    @Autowired
    private RuleBase ruleBase;
    @Autowired
    private CaseLibrary library;

    private final Path folder = Path.of(System.getProperty("locus.screenshots.dir", "target/screenshots"));

    @Test
    void takesTheScreenshotsOfTheMainPages() throws IOException {
        LibraryCase sample = library.find(CASE).orElseThrow();
        Files.createDirectories(folder);

        open("");
        waitFor(By.id("start-assessment"));
        save("start.png");

        Section cluster = ruleBase.questionnaire().sections().stream()
                .filter(s -> s.questions().stream().anyMatch(q -> q.id().equals("cluster-present"))).findFirst()
                .orElse(ruleBase.questionnaire().sections().get(0));
        open("assessment/" + cluster.id());
        new AnswerEntry(this).enter(cluster, sample.answers());
        script("document.querySelector('.question-help').opened = true; window.scrollTo(0, 0);");
        waitForVaadin();
        save("wizard.png");

        script("localStorage.setItem('locus.answers', arguments[0])", AnswersDocument.write(sample.answers()));
        open("assessment/results");
        waitFor(By.cssSelector(".recommendation"));
        save("results.png");
        script("document.querySelector('.recommendations-section').scrollIntoView()");
        save("results-explained.png");
        script("document.querySelector('.what-if-section').scrollIntoView()");
        save("results-what-if.png");
        script("const whyNot = document.querySelector('.why-not[data-recommendation=\"act-on-quick-wins\"]');"
                + "whyNot.opened = true; whyNot.scrollIntoView();");
        save("results-why-not.png");

        open("cases");
        waitFor(By.cssSelector(".case-table"));
        save("case-library.png");

        open("cases/" + CASE);
        waitFor(By.cssSelector(".workbench-results .recommendation"));
        pickRadio("private-collective-action", "1");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".moves")));
        script("document.querySelector('.workbench').scrollIntoView();"
                + "document.querySelector('[data-question=\"private-collective-action\"]').scrollIntoView({block: 'center'});");
        save("trainer-mode.png");

        open("cases/compare?left=" + CASE + "&right=" + library.cases().get(library.cases().size() - 1).id());
        waitFor(By.cssSelector(".case-column"));
        save("compare.png");

        // the projector: 1280x720, the what-if in the address
        resize(1280, 720);
        open("cases/" + CASE + "/present?set=private-collective-action:1");
        waitFor(By.cssSelector(".presenter .moves"));
        save("presenter.png", 1280);

        // the adviser's own what-if, tried from the results
        resize(1366, 900);
        open("assessment/results");
        script("document.querySelector('.what-if-section').scrollIntoView()");
        click(By.cssSelector(".what-if-section .try-what-if"));
        waitFor(By.cssSelector(".moves"));
        save("results-own-what-if.png");

        // a phone
        resize(390, 844);
        open("assessment/" + cluster.id());
        waitFor(By.cssSelector(".step-heading"));
        save("phone-wizard.png", 390);
        open("assessment/results");
        waitFor(By.cssSelector(".recommendation"));
        save("phone-results.png", 390);
    }

    private void save(String name, int width) throws IOException {
        waitForVaadin();
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).as(name + " width").isEqualTo(width);
        Files.write(folder.resolve(name), png);
    }

    private void save(String name) throws IOException {
        waitForVaadin();
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).as(name + " width").isEqualTo(1366);
        Files.write(folder.resolve(name), png);
    }
}
