package org.locus.ui;

import org.junit.jupiter.api.Test;
import org.locus.cases.CaseLibrary;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI works under its Content Security Policy in a real browser: every page renders and nothing it loads, runs or
 * styles is refused. The browser reports each refusal as a {@code securitypolicyviolation} event, collected from the
 * moment each page starts.
 */
class SecurityPolicyIT extends BrowserTest {

    @Autowired
    CaseLibrary library;

    @Test
    void noPageBreaksTheContentSecurityPolicy() {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__violations = [];
                document.addEventListener('securitypolicyviolation',
                    e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"""));
        String first = library.cases().get(0).id();
        String last = library.cases().get(library.cases().size() - 1).id();

        for (String page : List.of("", "assessment", "assessment/results", "cases", "cases/" + first,
                "cases/compare?left=" + first + "&right=" + last, "swagger-ui/index.html")) {
            if (page.startsWith("swagger")) {
                driver.get(driver.getCurrentUrl().replaceFirst("(https?://[^/]+/).*", "$1") + page);
                waitFor(org.openqa.selenium.By.cssSelector(".swagger-ui .info"));
            } else {
                open(page);
            }

            assertThat(script("return window.__violations")).as("refused on /%s", page).asList().isEmpty();
            assertThat(driver.getPageSource()).as(page).doesNotContain("Invalid server response");
        }
    }
}
