package de.schulplatz.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The browser test's accessibility review finds what it is meant to find, on pages made for it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityCheckTest {

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser("");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aGoodPageHasNoFindings() {
        show("<html lang=\"de\"><body><h1>Titel</h1><label for=\"a\">Name</label><input id=\"a\">"
                + "<label>Grund <textarea></textarea></label><button aria-label=\"Schließen\">×</button>"
                + "<p style=\"color:#555\">lesbar</p><table><tr><th>Kopf</th></tr></table></body></html>");

        assertThat(browser.accessibilityProblems()).isEmpty();
    }

    @Test
    void findsMissingLanguageLabelsNamesHeadersAndLowContrast() {
        show("<html><body><h1>Eins</h1><h1>Zwei</h1><input id=\"x\"><select name=\"s\"></select><button></button>"
                + "<p id=\"blass\" style=\"color:#bbbbbb\">blass</p><table id=\"t\"><tr><td>1</td></tr></table></body></html>");

        assertThat(browser.accessibilityProblems()).anyMatch(p -> p.startsWith("html lang"))
                .anyMatch(p -> p.startsWith("not exactly one h1"))
                .anyMatch(p -> p.equals("form field without label: input#x"))
                .anyMatch(p -> p.equals("form field without label: select[name=s]"))
                .anyMatch(p -> p.startsWith("button or link without name"))
                .anyMatch(p -> p.startsWith("table without header cells: table#t"))
                .anyMatch(p -> p.startsWith("contrast") && p.contains("p#blass"));
    }

    private void show(String html) {
        browser.driver.get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
