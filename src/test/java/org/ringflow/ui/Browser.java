package org.ringflow.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, pointed at the running app. Driver and browser binaries are given
 * explicitly so Selenium Manager never goes looking on the internet.
 */
public final class Browser implements AutoCloseable {

    /** The admin the app bootstraps with the test profile's ringflow.admin settings. */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password";

    /** Where named screenshots go: target/ by default; -Dringflow.screenshots=docs/screenshots refreshes the README's. */
    private static final Path SCREENSHOTS = Path.of(System.getProperty("ringflow.screenshots", "target/screenshots"));

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    private Browser(WebDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    public static Browser open(int port) {
        String driverPath = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        System.setProperty("webdriver.chrome.driver", driverPath);
        try {
            Path profile = Files.createTempDirectory("ringflow-chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(System.getProperty("ringflow.chromium", "/usr/bin/chromium"))
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-US",
                            "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(driverPath).toFile())
                    .usingAnyFreePort()
                    .build();
            WebDriver driver = new ChromeDriver(service, options);
            return new Browser(driver, "http://127.0.0.1:" + port, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page; a "leave with unsaved changes?" question on the way is answered yes. */
    public Browser go(String path) {
        driver.get(baseUrl + path);
        acceptAlert();
        return this;
    }

    /** Waits for a confirm()/alert()/prompt(), accepts it and returns its text. */
    public String acceptExpectedAlert() {
        waitFor(ExpectedConditions.alertIsPresent());
        return acceptAlert();
    }

    /** Accepts an open confirm()/alert() and returns its text, or null when none is open. */
    public String acceptAlert() {
        try {
            var alert = driver.switchTo().alert();
            String text = alert.getText();
            alert.accept();
            return text;
        } catch (org.openqa.selenium.NoAlertPresentException none) {
            return null;
        }
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public Browser login(String username, String password) {
        go("/login");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(password);
        find(By.cssSelector("form.rf-login button[type=submit]")).click();
        return this;
    }

    public Browser loginAsAdmin() {
        login(ADMIN, ADMIN_PASSWORD);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rf-shell")));
        return this;
    }

    public WebElement find(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves a PNG under docs/screenshots/ for the README. */
    public Path screenshot(String name) {
        return screenshotTo(SCREENSHOTS.resolve(name + ".png"));
    }

    public Path screenshotTo(Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
