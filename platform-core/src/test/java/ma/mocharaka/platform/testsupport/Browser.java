package ma.mocharaka.platform.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
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
 * A real headless Chromium (Debian's chromium and chromedriver, never a downloaded browser) for end-to-end tests,
 * with the checks every page must pass: axe-core finds no violation, and screenshots are kept for review.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=ar");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /** Forgets every cookie of every site, Keycloak's single sign-on included, so each test starts signed out. */
    public void forgetEverything() {
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Clicks something that loads a new page (a form submit) and waits for that page. A marker set on the current
     * document disappears with it; this avoids element staleness checks, which some ChromeDriver versions answer
     * with an inspector error instead of a stale-element error.
     */
    public void clickAndWaitForNextPage(String css) {
        driver.executeScript("window.__mocharakaPreviousPage = true;");
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ignored -> {
            Object previous = driver.executeScript(
                    "return window.__mocharakaPreviousPage === true || document.readyState !== 'complete';");
            return Boolean.FALSE.equals(previous);
        });
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String html(String attribute) {
        return driver.findElement(By.tagName("html")).getAttribute(attribute);
    }

    /** Waits for the address and for the page at that address to be loaded, so what follows sees its content. */
    public void waitForUrlContaining(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(fragment));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ignored ->
                "complete".equals(driver.executeScript("return document.readyState;")));
    }

    /** Fails with the list of rules and elements when axe-core finds any accessibility violation on the page. */
    public void assertAccessible() {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations).as("axe-core violations on %s:\n%s", driver.getCurrentUrl(), report).isEmpty();
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fills Keycloak's own login form, which the app redirected to. */
    public void signInToKeycloak(String username, String password) {
        find("#username").sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#kc-login, [type=submit]")).click();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
