package org.w3id.kazaz.server.lod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.w3id.kazaz.build.BuildOperation;
import org.w3id.kazaz.server.KgServer;
import org.w3id.kazaz.store.TdbStore;

/**
 * The pages in a real browser: Debian's chromium driven by its chromedriver through Selenium (both
 * installed by {@code .ci/run} when missing; {@code -Dkazaz.chromium} and {@code -Dkazaz.chromedriver}
 * point elsewhere), over a store built from {@code seeds/}. What it checks is read from the seed
 * articles: KazMunayGas is a party to the agreement on the transit of Kazakh oil through Azerbaijan
 * with the State Oil Company of the Republic of Azerbaijan (seed 001, item 7), and the container
 * train went Xi'an – Aktau port – Baku port – Absheron station (seed 001). Screenshots go to
 * {@code target/browser/}.
 */
class BrowserTest {
  @TempDir Path tmp;

  static final Path SHOTS = Path.of("target", "browser");

  static String binary(String property, String fallback) {
    String path = System.getProperty(property, fallback);
    assertTrue(new File(path).canExecute(), path + " is missing: install Debian's chromium and chromium-driver"
        + " (apt-get install chromium chromium-driver; .ci/run does it), or set -D" + property + "=PATH");
    return path;
  }

  static void shot(WebDriver driver, String name) throws Exception {
    Files.createDirectories(SHOTS);
    File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void searchAnAgreementItsPartiesAndSentenceAndARouteDrawnInOrder() throws Exception {
    String chromium = binary("kazaz.chromium", "/usr/bin/chromium");
    String chromedriver = binary("kazaz.chromedriver", "/usr/bin/chromedriver");
    try (TdbStore store = TdbStore.open(tmp.resolve("tdb2"))) {
      BuildOperation.run(List.of(Path.of("seeds")), store, 100, n -> {}, n -> {});
      FusekiServer server = KgServer.start(store.dataset(), 0);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium);
      options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
          "--window-size=1280,1600", "--user-data-dir=" + tmp.resolve("chromium-profile"));
      WebDriver driver = null;
      try {
        driver = new ChromeDriver(service, options);
        String base = "http://localhost:" + server.getHttpPort();

        driver.get(base + "/");
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Kazakhstan"));
        shot(driver, "1-home");
        WebElement box = driver.findElement(By.name("q"));
        box.sendKeys("KazMunayGas");
        box.submit();
        shot(driver, "2-search");
        driver.findElement(By.linkText("KazMunayGas")).click();
        assertEquals("KazMunayGas", driver.findElement(By.tagName("h1")).getText());
        shot(driver, "3-kazmunaygas");

        WebElement agreement = null;
        for (WebElement a : driver.findElements(By.cssSelector("a[href*='/id/agreement/']"))) {
          if (a.getText().contains("transit of Kazakh oil")) {
            agreement = a;
            break;
          }
        }
        assertTrue(agreement != null, "a link to the oil-transit agreement");
        agreement.click();
        String parties = driver.findElement(By.cssSelector("section.summary table.fields")).getText();
        assertTrue(parties.contains("KazMunayGas"), parties);
        assertTrue(parties.contains("State Oil Company of the Republic of Azerbaijan"), parties);
        List<String> sentences = new ArrayList<>();
        driver.findElements(By.cssSelector("blockquote.sentence")).forEach(e -> sentences.add(e.getText()));
        assertTrue(sentences.stream().anyMatch(s -> s.contains("Agreement on a phased increase in the volume of"
            + " transit of Kazakh oil through Azerbaijan between JSC National Company KazMunaiGas")), sentences.toString());
        shot(driver, "4-agreement");

        driver.findElement(By.name("q")).sendKeys("Aktau Baku");
        driver.findElement(By.name("q")).submit();
        List<String> routes = new ArrayList<>();
        for (WebElement li : driver.findElements(By.cssSelector("ol.hits li"))) {
          if (li.getText().contains("Route")) {
            routes.add(li.findElement(By.tagName("a")).getAttribute("href"));
          }
        }
        List<String> stops = List.of();
        for (String route : routes) {
          driver.get(route);
          List<WebElement> names = driver.findElements(By.cssSelector("svg.route text.stop-name"));
          if (!names.isEmpty()) {
            stops = names.stream().map(WebElement::getText).toList();
            break;
          }
        }
        shot(driver, "5-route");
        assertEquals(4, stops.size(), stops.toString());
        assertTrue(stops.get(0).startsWith("Xi"), stops.toString());
        assertTrue(stops.get(1).contains("Aktau"), stops.toString());
        assertTrue(stops.get(2).contains("Baku"), stops.toString());
        assertTrue(stops.get(3).contains("Absheron"), stops.toString());
      } finally {
        if (driver != null) {
          driver.quit();
        }
        service.stop();
        server.stop();
      }
    }
  }
}
