package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sorn.testkit.ExternalProgram;

/**
 * The web workbench's page in a real browser (Debian's headless Chromium and chromedriver, driven
 * by Selenium): open the address the server printed, start a run from the form, see the raster
 * change, deploy the example lab bundle by upload, swap the run's STDP for it and see the event,
 * compare two runs. Screenshots of each stage are kept in target/screenshots for review.
 */
public class WebPageIT {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static WebServer server;
  private static ChromeDriver browser;
  private static Path screenshots;

  @BeforeClass
  public static void open() throws Exception {
    boolean installed = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
    String why = CHROMIUM + " and " + DRIVER + " are needed (apt-get install chromium chromium-driver)";
    ExternalProgram.assumeInstalled(installed, why, "the web workbench's page in a browser");
    screenshots = Files.createDirectories(Path.of(System.getProperty("sorn.itests.screenshots")));
    server = WebServer.start("web-page-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1400,1500",
        "--user-data-dir=" + Files.createTempDirectory(server.work, "chromium-profile-"));
    ChromeDriverService driver =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .withLogFile(server.work.resolve("chromedriver.log").toFile())
            .build();
    browser = new ChromeDriver(driver, options);
  }

  @AfterClass
  public static void close() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, WAIT);
  }

  private static void screenshot(String name) throws Exception {
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** The raster's pixels that are not white, and a digest of all of them. */
  private static List<?> rasterInk() {
    return (List<?>) ((JavascriptExecutor) browser).executeScript(
        "const c = document.getElementById('raster');"
            + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            + "let ink = 0, digest = 0;"
            + "for (let i = 0; i < d.length; i += 4) {"
            + "  if (d[i] < 128) { ink++; digest = (digest * 31 + i) % 1000000007; }"
            + "}"
            + "return [ink, digest];");
  }

  private static void type(String field, String value) {
    WebElement input = browser.findElement(By.cssSelector("#new-run [name='" + field + "']"));
    input.clear();
    input.sendKeys(value);
  }

  @Test
  public void aRunIsStartedWatchedSteeredWithAnUploadedBundleAndCompared() throws Exception {
    browser.get(server.address());
    waiting().until(ExpectedConditions.titleIs("SORN Workbench"));
    assertEquals("the token leaves the address bar", server.base + "/", browser.getCurrentUrl());
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#new-run-variants select[name='stdp']")));
    screenshot("1-page");

    type("ne", "200");
    type("steps", "500000000");
    type("seed", "5");
    type("out", server.work.resolve("page-run").toString());
    browser.findElement(By.id("start-run")).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("run-view")));
    waiting().until(d -> ((Number) rasterInk().get(0)).longValue() > 0);
    List<?> before = rasterInk();
    waiting().until(d -> !rasterInk().get(1).equals(before.get(1)));
    List<?> after = rasterInk();
    assertNotEquals("the raster shows new steps", before.get(1), after.get(1));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#threshold-chart canvas")));
    Thread.sleep(1500); // a copy of the state for the histograms, about once a second
    screenshot("2-run-live");

    browser.findElement(By.cssSelector("nav button[data-tab='bundles']")).click();
    browser.findElement(By.id("bundle-file")).sendKeys(System.getProperty("sorn.itests.wdstdp"));
    browser.findElement(By.id("deploy")).click();
    By example = By.cssSelector("#bundles tr[data-bundle='" + ExampleBundle.SYMBOLIC_NAME + "']");
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(example, "active"));
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(example, ExampleBundle.VARIANT));
    screenshot("3-bundle-deployed");

    browser.findElement(By.cssSelector("nav button[data-tab='runs']")).click();
    waiting().until(d -> new Select(browser.findElement(By.id("variant-stdp"))).getOptions().stream()
        .anyMatch(o -> o.getAttribute("value").equals(ExampleBundle.VARIANT)));
    new Select(browser.findElement(By.id("variant-stdp"))).selectByValue(ExampleBundle.VARIANT);
    browser.findElement(By.id("use-stdp")).click();
    By swap = By.cssSelector("#events tr[data-kind='variant']");
    waiting().until(ExpectedConditions.presenceOfElementLocated(swap));
    String event = browser.findElement(swap).getText();
    assertTrue(event, event.contains("stdp: " + ExampleBundle.VARIANT));
    assertTrue(event, event.matches("\\d+ variant stdp .*"));
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("#rules tbody"), ExampleBundle.VARIANT + " (" + ExampleBundle.SYMBOLIC_NAME));
    screenshot("4-variant-swapped");

    browser.findElement(By.id("stop")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-status"), "stopped"));
    WebServer.json(server.post("/api/runs",
        "{\"ne\": 200, \"steps\": 20000, \"seed\": 6, \"out\": \"" + server.work.resolve("second") + "\"}"), 201);
    browser.findElement(By.cssSelector("nav button[data-tab='compare']")).click();
    waiting().until(d -> new Select(browser.findElement(By.id("compare-b"))).getOptions().size() == 2);
    new Select(browser.findElement(By.id("compare-a"))).selectByIndex(0);
    new Select(browser.findElement(By.id("compare-b"))).selectByIndex(1);
    browser.findElement(By.id("compare")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compare-rate canvas")));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compare-connection canvas")));
    screenshot("5-compare");
    String notice = browser.findElement(By.id("notice")).getAttribute("class");
    assertEquals("no error shown: " + browser.findElement(By.id("notice")).getText(), "", notice);
  }
}
