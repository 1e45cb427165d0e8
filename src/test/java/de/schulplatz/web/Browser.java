package de.schulplatz.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (packages chromium and chromium-driver,
 * installed by .ci/run). Both paths are given, so Selenium Manager never tries to download a browser.
 * Screenshots go to target/screenshots, kept as test artefacts for reviewers.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final String baseUrl;
    private final Path profile;
    final ChromeDriver driver;

    Browser(String baseUrl) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Chromium or chromedriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("schulplatz-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--lang=de-DE", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + profile.toAbsolutePath());
        // The browser's console, to see what the Content-Security-Policy blocked.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** What the accessibility review found on the pages shot so far (see {@link #accessibilityProblems}). */
    final java.util.List<String> accessibilityFindings = new java.util.ArrayList<>();

    /** Console messages since the last call that report something the Content-Security-Policy refused. */
    java.util.List<String> securityPolicyViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    void logIn(String username, String password) {
        open("/anmelden");
        driver.findElement(By.id("benutzername")).sendKeys(username);
        driver.findElement(By.id("passwort")).sendKeys(password);
        driver.findElement(By.cssSelector("form.formular button[type=submit]")).click();
        waitFor(Duration.ofSeconds(20), d -> !d.getCurrentUrl().contains("/anmelden"));
    }

    void logOut() {
        driver.findElement(By.xpath("//button[normalize-space()='Abmelden']")).click();
        waitFor(Duration.ofSeconds(20), d -> d.getCurrentUrl().contains("/anmelden"));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    String heading() {
        return text("h1");
    }

    <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
        // The Übersicht replaces its table while a run goes on: an element found a moment ago may be gone.
        return new WebDriverWait(driver, timeout, Duration.ofMillis(250))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    /**
     * What a first accessibility review checks on the page shown, in the browser: the page's language is German,
     * one h1, every form field and every button and link has a name a screen reader can say, tables have header
     * cells, and text has a contrast of at least 4.5:1 to its background (3:1 for large text, WCAG 2.1 AA).
     * Each finding names the element; none is expected.
     */
    java.util.List<String> accessibilityProblems() {
        @SuppressWarnings("unchecked")
        java.util.List<String> found = (java.util.List<String>) driver.executeScript(ACCESSIBILITY_CHECK);
        return found;
    }

    private static final String ACCESSIBILITY_CHECK = """
            const problems = [];
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.name ? '[name=' + e.name + ']' : '');
            if (document.documentElement.lang !== 'de') problems.push('html lang is not de');
            if (document.querySelectorAll('h1').length !== 1) problems.push('not exactly one h1');
            const named = e => (e.getAttribute('aria-label') || '').trim() || e.getAttribute('aria-labelledby')
                || (e.title || '').trim() || (e.id && document.querySelector('label[for="' + CSS.escape(e.id) + '"]'))
                || e.closest('label');
            document.querySelectorAll('input, select, textarea').forEach(e => {
                if (['hidden', 'submit', 'button'].includes(e.type)) return;
                if (!named(e)) problems.push('form field without label: ' + describe(e));
            });
            document.querySelectorAll('button, a[href]').forEach(e => {
                const text = (e.textContent || '').trim() || (e.getAttribute('aria-label') || '').trim()
                    || (e.value || '').trim();
                if (!text) problems.push('button or link without name: ' + describe(e));
            });
            document.querySelectorAll('img').forEach(e => {
                if (!e.hasAttribute('alt')) problems.push('image without alt: ' + describe(e));
            });
            document.querySelectorAll('table').forEach(e => {
                if (!e.querySelector('th')) problems.push('table without header cells: ' + describe(e));
            });
            const rgb = text => { const m = text.match(/[\\d.]+/g) || []; return m.map(Number); };
            const luminance = ([r, g, b]) => [r, g, b].map(v => { v /= 255;
                return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
            const background = e => {
                for (let n = e; n && n.nodeType === 1; n = n.parentElement) {
                    const c = rgb(getComputedStyle(n).backgroundColor);
                    if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c.slice(0, 3);
                }
                return [255, 255, 255];
            };
            const seen = new Set();
            document.querySelectorAll('body *').forEach(e => {
                if (e.closest('svg') || !Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim())) return;
                const style = getComputedStyle(e);
                if (style.visibility === 'hidden' || style.display === 'none' || e.getClientRects().length === 0) return;
                const fg = rgb(style.color).slice(0, 3), bg = background(e);
                const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
                const ratio = (hi + 0.05) / (lo + 0.05);
                const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
                const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
                const key = describe(e) + style.color + style.backgroundColor;
                if (ratio < needed && !seen.has(key)) {
                    seen.add(key);
                    problems.push('contrast ' + ratio.toFixed(2) + ' below ' + needed + ': ' + describe(e)
                        + ' ' + style.color + ' on rgb(' + bg.join(',') + ')');
                }
            });
            return problems;
            """;

    /** Saves the whole page (up to 5000 pixels high) as target/screenshots/name.png. */
    void screenshot(String name) {
        accessibilityProblems().forEach(problem -> accessibilityFindings.add(name + ": " + problem));
        Dimension window = driver.manage().window().getSize();
        try {
            Files.createDirectories(SCREENSHOTS);
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(5000, Math.max(900, height))));
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
