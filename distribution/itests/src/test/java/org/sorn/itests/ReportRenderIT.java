package org.sorn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.BeforeClass;
import org.junit.Test;
import org.sorn.testkit.ExternalProgram;

/**
 * What a user does to look at a run, through the built workbench: a short run with the recordings
 * the plots need, {@code ./sorn report DIR}, then {@code DIR/report.html} opened in a browser
 * (headless Chromium, where it is installed): the page renders, and every plot in it decodes.
 */
public class ReportRenderIT {
  /** What the plots read (docs/analysis.md): activity, EE weights now and then, EE connections. */
  static final String RECORDINGS = "ExcitatoryActivation,EEConnectionCounts,WEE:every=500";

  private static final int WIDTH = 1280;
  private static final int HEIGHT = 4000;
  private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*\\bsrc=\"([^\"]*)\"");

  private static Path work;
  private static Path run;
  private static WorkbenchProcess.Outcome report;

  @BeforeClass
  public static void runAndReport() throws Exception {
    work = WorkbenchProcess.workFolder("report-");
    run = work.resolve("run");
    WorkbenchProcess.Outcome simulated =
        WorkbenchProcess.run(
            work,
            List.of(
                "run", "--ne", "100", "--steps", "2000", "--seed", "1", "--record", RECORDINGS,
                "--out", run.toString()));
    assertEquals(simulated.describe(), 0, simulated.exitCode());
    report = WorkbenchProcess.run(work, List.of("report", run.toString()));
  }

  /** The sources of the report's images, in page order. */
  static List<String> imageSources(String html) {
    List<String> sources = new ArrayList<>();
    Matcher m = IMAGE.matcher(html);
    while (m.find()) {
      sources.add(m.group(1));
    }
    return sources;
  }

  /** The plots drawn into DIR/plots, by name: a plot may be there in several formats. */
  static Set<String> plotsDrawn(Path dir) throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir.resolve("plots"))) {
      files.map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".png") || name.endsWith(".svg"))
          .map(name -> name.substring(0, name.lastIndexOf('.')))
          .forEach(names::add);
    }
    return names;
  }

  @Test
  public void theReportIsOnePageWithEveryPlotEmbedded() throws Exception {
    assertEquals(report.describe(), 0, report.exitCode());
    // only the progress of the avalanches' bootstrap, when it takes a while
    assertTrue(report.describe(), report.stderr().lines().allMatch(
        l -> l.matches("report: goodness of fit of the avalanche (sizes|durations): .*")));
    Path page = run.resolve("report.html");
    assertTrue(report.describe(), report.stdout().endsWith("wrote " + page + "\n"));
    List<String> sources = imageSources(Files.readString(page, StandardCharsets.UTF_8));
    Set<String> plots = plotsDrawn(run);
    assertTrue("plots drawn: " + plots, !plots.isEmpty());
    assertEquals("one image per plot drawn " + plots, plots.size(), sources.size());
    for (String src : sources) {
      // self-contained: nothing is fetched when the page opens elsewhere
      assertTrue(src.substring(0, Math.min(40, src.length())), src.startsWith("data:image/"));
    }
  }

  @Test
  public void chromiumRendersThePageWithEveryPlotDecoded() throws Exception {
    String chromium = Chromium.find();
    ExternalProgram.assumeInstalled(
        chromium != null,
        "chromium is not installed here (apt-get install chromium)",
        "the rendering of the report (the report itself is checked anyway)");
    assertEquals(report.describe(), 0, report.exitCode());
    Path page = run.resolve("report.html");
    Chromium browser = new Chromium(chromium, work);

    Path screenshot = work.resolve("report.png");
    browser.open(page, "--screenshot=" + screenshot, "--window-size=" + WIDTH + "," + HEIGHT);
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertEquals(WIDTH, image.getWidth());
    assertEquals(HEIGHT, image.getHeight());
    Set<Integer> colours = new HashSet<>();
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb != 0xFFFFFF) {
          inked++;
        }
      }
    }
    double inkedFraction = inked / (double) (WIDTH * HEIGHT);
    // the page's text alone has about 200 colours and 4 % ink; the plots add hundreds of colours
    assertTrue("distinct colours " + colours.size(), colours.size() > 400);
    assertTrue("fraction not white " + inkedFraction, inkedFraction > 0.05);

    String html = Files.readString(page, StandardCharsets.UTF_8);
    int images = imageSources(html).size();
    Path checked = work.resolve("report-checked.html");
    Files.writeString(checked, html.replace("</body>", Chromium.IMAGE_SIZES + "</body>"));
    String dom = browser.open(checked, "--dump-dom");
    List<String> sizes = Pattern.compile("image (\\d+) (\\d+)").matcher(dom).results()
        .map(MatchResult::group).toList();
    assertEquals("images decoded: " + sizes, images, sizes.size());
    for (String size : sizes) {
      String[] wh = size.split(" ");
      assertTrue("every plot decodes: " + sizes, Integer.parseInt(wh[1]) > 0 && Integer.parseInt(wh[2]) > 0);
    }
  }

  /** Where the reports end up, scrolled and measured as a reader's 1280-pixel window shows them. */
  private static final String LAYOUT =
      """
      <script>
      window.addEventListener('load', function () {
        var top = function (id) {
          var e = document.getElementById(id);
          return e ? Math.round(e.getBoundingClientRect().top + window.scrollY) : -1;
        };
        var raw = document.getElementById('raw');
        var pre = document.createElement('pre');
        pre.textContent = 'layout scrollWidth=' + document.documentElement.scrollWidth
            + ' innerWidth=' + window.innerWidth
            + ' results=' + top('results') + ' mechanisms=' + top('mechanisms')
            + ' figures=' + top('figures') + ' record=' + top('record') + ' raw=' + top('raw')
            + ' rawOpen=' + (raw ? raw.open : 'none');
        document.body.appendChild(pre);
      });
      </script>
      """;

  /**
   * The page as a 1280-pixel window shows it: nothing wider than the window (no horizontal
   * scrolling), the results first, then the mechanisms, the figures and the run record, the raw
   * run.json folded at the end. The screenshot stays in target/work for people to look at.
   */
  @Test
  public void chromiumShowsTheResultsFirstWithoutHorizontalScrolling() throws Exception {
    String chromium = Chromium.find();
    ExternalProgram.assumeInstalled(
        chromium != null,
        "chromium is not installed here (apt-get install chromium)",
        "the report's layout at 1280 pixels");
    assertEquals(report.describe(), 0, report.exitCode());
    Chromium browser = new Chromium(chromium, work);
    Path page = run.resolve("report.html");
    Path screenshot = DistributionBundles.work().resolve("report-1280.png");
    browser.open(page, "--screenshot=" + screenshot, "--window-size=" + WIDTH + ",2000");
    assertEquals(WIDTH, ImageIO.read(screenshot.toFile()).getWidth());
    System.out.println("ReportRenderIT: screenshot of the report at 1280 px: " + screenshot);

    String html = Files.readString(page, StandardCharsets.UTF_8);
    Path measured = work.resolve("report-layout.html");
    Files.writeString(measured, html.replace("</body>", LAYOUT + "</body>"));
    String dom = browser.open(measured, "--dump-dom", "--window-size=" + WIDTH + ",2000");
    Matcher m = Pattern.compile("layout scrollWidth=(\\d+) innerWidth=(\\d+) results=(-?\\d+)"
        + " mechanisms=(-?\\d+) figures=(-?\\d+) record=(-?\\d+) raw=(-?\\d+)"
        + " rawOpen=(\\w+)").matcher(dom);
    assertTrue("the layout was measured: " + dom.substring(Math.max(0, dom.length() - 500)),
        m.find());
    int scrollWidth = Integer.parseInt(m.group(1));
    assertTrue("the page is " + scrollWidth + " px wide in a " + m.group(2) + " px window",
        scrollWidth <= Integer.parseInt(m.group(2)));
    int[] tops = new int[5];
    for (int i = 0; i < 5; i++) {
      tops[i] = Integer.parseInt(m.group(3 + i));
    }
    assertTrue("sections in order (results, mechanisms, figures, record, raw): " + m.group(),
        tops[0] >= 0 && tops[0] < tops[1] && tops[1] < tops[2] && tops[2] < tops[3]
            && tops[3] < tops[4]);
    assertEquals("the raw run.json is folded away", "false", m.group(8));
  }

  /** Headless Chromium, run as a process with its own profile folder, killed if it hangs. */
  static final class Chromium {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final long TIMEOUT_SECONDS = 60;

    /** Lists each image's natural size once the page, images included, has loaded. */
    static final String IMAGE_SIZES =
        """
        <script>
        window.addEventListener('load', function () {
          var sizes = [];
          document.querySelectorAll('img').forEach(function (img) {
            sizes.push('image ' + img.naturalWidth + ' ' + img.naturalHeight);
          });
          var pre = document.createElement('pre');
          pre.textContent = sizes.join('\\n');
          document.body.appendChild(pre);
        });
        </script>
        """;

    private final String executable;
    private final Path folder;

    Chromium(String executable, Path folder) {
      this.executable = executable;
      this.folder = folder;
    }

    /** The first browser on the PATH that answers --version, or null. */
    static String find() throws InterruptedException {
      for (String name : NAMES) {
        try {
          Process p = new ProcessBuilder(name, "--version").redirectErrorStream(true).start();
          p.getInputStream().readAllBytes();
          if (p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0) {
            return name;
          }
          p.destroyForcibly();
        } catch (IOException notThere) {
          // try the next name
        }
      }
      return null;
    }

    /** Opens {@code page} with {@code flags}; returns standard output, fails on a non-zero exit. */
    String open(Path page, String... flags) throws IOException, InterruptedException {
      List<String> command =
          new ArrayList<>(
              List.of(
                  executable, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                  "--no-first-run", "--user-data-dir=" + folder.resolve("chromium-profile")));
      command.addAll(List.of(flags));
      command.add(page.toUri().toString());
      Path out = Files.createTempFile(folder, "chromium-out-", ".txt");
      Path err = Files.createTempFile(folder, "chromium-err-", ".txt");
      Process process =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      process.getOutputStream().close();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        throw new AssertionError(String.join(" ", command) + " did not exit within " + TIMEOUT_SECONDS + " s");
      }
      assertEquals(
          String.join(" ", command) + "\n" + Files.readString(err, StandardCharsets.UTF_8),
          0,
          process.exitValue());
      return Files.readString(out, StandardCharsets.UTF_8);
    }
  }
}
