package org.locus.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * An end-to-end test: the application on a random port, in production mode with the frontend bundle that the package
 * phase built, driven by the system's headless Chromium through its chromedriver. Nothing is downloaded: when the
 * browser or the driver is missing the tests are skipped with the reason, unless {@code LOCUS_REQUIRE_BROWSER=true}
 * (as on CI), when they fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    private Path profile;

    /** On a failure, what the browser showed goes to target/browser-failures, before the browser is closed. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && this.driver != null) {
            Path folder = Files.createDirectories(Path.of("target", "browser-failures"));
            Files.write(folder.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + ".png"),
                    ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
        }
    };


    @BeforeAll
    static void requireBrowser() {
        String missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).map(Path::toString)
                .reduce((a, b) -> a + " and " + b).orElse(null);
        if (missing == null) {
            return;
        }
        String reason = "browser tests need " + missing + " (Debian packages chromium and chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("LOCUS_REQUIRE_BROWSER"))) {
            fail(reason + ", and LOCUS_REQUIRE_BROWSER=true requires them");
        }
        Assumptions.abort(reason + "; skipped");
    }

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("locus-chromium-");
        // the driver and the browser are named, so Selenium Manager has nothing to look up or download
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=1366,900");
        // the browser's console, so that a test can fail on what a developer would see in red
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // the page itself, not the window around it, is 1366x900: the size screenshots and layouts are checked at
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1366, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        driver = chrome;
    }

    /** The page's size, as a window of that size shows it; below 500 px wide it is a phone (touch, mobile viewport). */
    protected void resize(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 500));
    }

    /** The console's errors since the last call (each call drains the log). */
    protected List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Opens a page of the application and waits until Vaadin has rendered it. */
    protected void open(String path) {
        driver.get("http://localhost:" + port + "/" + path);
        waitForVaadin();
    }

    /** Waits until the Vaadin client has no request in flight. */
    protected void waitForVaadin() {
        // polled every 25 ms rather than Selenium's 500, so that timings measured through it mean something
        new WebDriverWait(driver, WAIT, Duration.ofMillis(25)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients || Object.keys(flow.clients).length === 0) return false;
                return Object.values(flow.clients).every(c => !c.isActive || !c.isActive());""")));
    }

    protected WebElement waitFor(By by) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    protected Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Picks the radio button whose label is {@code label} (or, for a scale, starts with it) in a question's group. */
    protected void pickRadio(String questionId, String label) {
        WebElement group = waitFor(By.id("q-" + questionId));
        WebElement radio = group.findElements(By.tagName("vaadin-radio-button")).stream()
                .filter(r -> r.getText().equals(label) || r.getText().startsWith(label + " –")).findFirst()
                .orElseThrow(() -> new AssertionError("no radio '" + label + "' for " + questionId));
        scrollTo(radio);
        radio.findElement(By.tagName("input")).click();
        waitForVaadin();
    }

    /** The label of the checked radio button of a question. */
    protected String checkedRadio(String questionId) {
        return waitFor(By.id("q-" + questionId)).findElements(By.cssSelector("vaadin-radio-button[checked]")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    /** Opens a question's select and picks the option labelled {@code label}. */
    protected void pickOption(String questionId, String label) {
        WebElement select = waitFor(By.id("q-" + questionId));
        scrollTo(select);
        select.click();
        WebElement item = new WebDriverWait(driver, WAIT).until(d -> d.findElements(
                        By.cssSelector("vaadin-select[opened] vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().equals(label)).findFirst().orElse(null));
        item.click();
        waitForVaadin();
    }

    protected void typeNumber(String questionId, String number) {
        WebElement input = waitFor(By.id("q-" + questionId)).findElement(By.tagName("input"));
        scrollTo(input);
        input.clear();
        input.sendKeys(number + "\t");
        waitForVaadin();
    }

    protected void scrollTo(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    protected void click(By by) {
        WebElement element = waitFor(by);
        scrollTo(element);
        element.click();
        waitForVaadin();
    }

    protected List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).toList();
    }
}
