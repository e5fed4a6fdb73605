package dev.portico.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, never a downloaded
 * driver) for pages that need JavaScript, with the console collected so that tests can assert
 * that a page raised no script error.
 */
public final class Chrome implements AutoCloseable {

    public static final Path BINARY = Path.of(System.getProperty("portico.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("portico.chromedriver", "/usr/bin/chromedriver"));

    private static final Path SHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final List<LogEntry> seen = new ArrayList<>();

    public Chrome() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        // The flags this sandbox needs: no GPU, no sandbox as root, and no calls to Google's services.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
    }

    /** Skips a browser test where Chromium is missing, except in CI, whose .ci/run installs it. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER) || System.getenv("CI") != null,
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a protected page and signs in on Keycloak's one- or two-step form. */
    public void signIn(String url, String user) {
        driver.get(url);
        driver.findElement(By.id("username")).sendKeys(user);
        if (driver.findElements(By.id("password")).isEmpty()) {
            driver.findElement(By.id("kc-login")).click();
        }
        // The click starts a page load it does not wait for: wait for the password step itself.
        await().until(d -> d.findElements(By.id("password")).stream().findFirst().orElse(null)).sendKeys(user);
        driver.findElement(By.id("kc-login")).click();
        await().until(d -> d.getCurrentUrl().startsWith(url));
    }

    /** Waits up to 10 s; rows replaced by an Ajax update meanwhile are read again, not reported. */
    public WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).map(String::strip).toList();
    }

    /**
     * Keeps what the browser shows as {@code target/screenshots/<name>.png} (the docs' images
     * are copied from there).
     */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Console entries of level SEVERE: script errors and failed resource loads. */
    public List<String> consoleErrors() {
        return console().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * Every browser test checks the Content-Security-Policy as it goes: closing the browser fails
     * the test if the console reported a violation at any point of the session.
     */
    @Override
    public void close() {
        try {
            List<String> violations = console().stream().map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
            if (!violations.isEmpty()) {
                throw new AssertionError("Content-Security-Policy violations in the browser console: " + violations);
            }
        } finally {
            driver.quit();
        }
    }

    /** What the console said since the session began (the driver hands each entry out once). */
    private List<LogEntry> console() {
        seen.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        return List.copyOf(seen);
    }
}
