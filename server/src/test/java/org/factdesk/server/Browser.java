package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver: nothing is downloaded, no network
 * beyond localhost. Without chromium the browser tests are skipped loudly (CI installs it).
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  final Path downloads;
  private final Path profile;
  private final WebDriverWait wait;

  private Browser(ChromeDriver driver, Path downloads, Path profile) {
    this.driver = driver;
    this.downloads = downloads;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  static Browser start() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "\n!!!!!!!! BROWSER TESTS SKIPPED: /usr/bin/chromium or /usr/bin/chromedriver is missing."
            + " Install them with: apt-get install chromium chromium-driver (.ci/run does) !!!!!!!!\n");
    Path downloads = Files.createTempDirectory("fd-downloads");
    Path profile = Files.createTempDirectory("fd-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-US");
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false, "safebrowsing.enabled", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new Browser(driver, downloads, profile);
  }

  void open(String hash) {
    driver.get(Api.ROOT + "/" + hash);
  }

  WebElement find(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  void waitFor(String css) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  void browserWaitValue(String css, String value) {
    wait.until(d -> value.equals(d.findElement(By.cssSelector(css)).getAttribute("value")));
  }

  <T> T until(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
    return wait.until(condition);
  }

  void waitForCount(String css, int n) {
    wait.until(d -> d.findElements(By.cssSelector(css)).size() == n);
  }

  void waitForText(String css, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  void click(String css) {
    WebElement e = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    script("arguments[0].scrollIntoView({block: 'center'})", e);
    e.click();
  }

  void type(String css, String text) {
    WebElement e = find(css);
    e.clear();
    e.sendKeys(text);
  }

  void choose(String css, String value) {
    new Select(find(css)).selectByValue(value);
  }

  /** Sets a value the way a date picker would (typing into date inputs depends on the locale). */
  void setValue(String css, String value) {
    script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))",
        find(css), value);
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /**
   * Switches the interface language and waits until the screen is drawn again in it: the router
   * focuses the new screen's heading last (choosing the language already in use changes nothing).
   */
  void language(String tag) {
    choose("#language", tag);
    wait.until(d -> tag.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    wait.until(d -> Boolean.TRUE.equals(script("return document.activeElement.matches('main h1')")));
  }

  void login(String user) {
    open("#/login");
    if (!all("#logout").isEmpty()) {
      logout();
    }
    type("input[name=username]", user);
    type("input[name=password]", Api.password(user));
    click(".login-form button[type=submit]");
    waitFor("#logout");
    waitFor("main h1");
  }

  /** Logs in with the interface in English, whatever language an earlier test left it in. */
  void loginInEnglish(String user) {
    open("#/login");
    language("en");
    login(user);
  }

  void logout() {
    click("#logout");
    waitFor(".login-form");
  }

  /**
   * Presses Tab (as a keyboard user would) until the focused element matches {@code css}; fails if
   * it is not reached within {@code limit} presses.
   */
  WebElement tabTo(String css, int limit) {
    for (int i = 0; i < limit; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      WebElement active = driver.switchTo().activeElement();
      if (Boolean.TRUE.equals(script("return arguments[0].matches(arguments[1])", active, css))) {
        return active;
      }
    }
    throw new AssertionError("Tab never reached " + css + " in " + limit + " presses");
  }

  /** Types into whatever has the focus. */
  void keys(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  /** The page's main heading once the screen has rendered. */
  String heading() {
    return find("main h1").getText();
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** axe-core in the page: no serious or critical violation of WCAG 2.1 A/AA. */
  void assertAccessible(String screen) {
    long started = System.nanoTime();
    Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
        .analyze(driver);
    System.out.printf("BrowserIT: axe-core on %s took %d ms%n", screen, (System.nanoTime() - started) / 1_000_000);
    List<Rule> bad = results.getViolations().stream()
        .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
    assertEquals("", bad.stream().map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at "
        + r.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n")), "axe-core on " + screen);
  }

  /** Waits for a finished download (Chromium writes .crdownload first). */
  Path download(String suffix) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
      try (var files = Files.list(downloads)) {
        return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
      } catch (IOException e) {
        return null;
      }
    });
  }

  @Override
  public void close() {
    driver.quit();
    for (Path dir : List.of(downloads, profile)) {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException ignored) {
        // a temporary directory left behind is harmless
      }
    }
  }
}
