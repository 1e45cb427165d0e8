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

    /** Saves the whole page (up to 5000 pixels high) as target/screenshots/name.png. */
    void screenshot(String name) {
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
