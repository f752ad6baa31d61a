package uk.gov.lancashire.socialvalue.examples.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.lancashire.socialvalue.examples.scenario.Scenario;
import uk.gov.lancashire.socialvalue.examples.scenario.ScenarioReport;

/**
 * The committee report checked in a real browser: headless Chromium (the Debian package) prints it to an A4
 * PDF, and poppler's {@code pdfinfo}/{@code pdftotext} read it back: the page count and size, every section's
 * heading, the page numbers and generation date of the footer, and no word beyond the printable width. A
 * second run loads the report at A4 width with a probe script (added to a test copy only: the report has no
 * scripts) that measures horizontal overflow in the layout itself.
 *
 * <p>Without Chromium the test is skipped with a message, unless the CI variable is {@code true}: in CI a
 * missing browser is a failure ({@code .ci/run} installs it).
 */
class ReportInBrowserTest {

  private static final double A4_WIDTH_PT = 595.28;
  private static final double MARGIN_PT = 15 / 25.4 * 72;
  private static String chromium;

  @TempDir
  Path dir;

  @BeforeAll
  static void findBrowser() {
    chromium = onPath("chromium").orElse(null);
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (chromium == null || onPath("pdftotext").isEmpty() || onPath("pdfinfo").isEmpty()) {
      if (ci) {
        fail("CI=true but chromium or poppler-utils (pdftotext, pdfinfo) is not installed; .ci/run installs them"
            + " with apt-get install -y chromium poppler-utils");
      }
      Assumptions.abort("SKIPPED: chromium or poppler-utils is not installed (apt-get install -y chromium"
          + " poppler-utils); set CI=true to make this a failure");
    }
  }

  @Test
  void theReportFromTheShippedDocumentsPrintsOnA4() throws Exception {
    DocumentReport report = DocumentReport.of(DocumentReportTest.shipped("framework.json", "needs-analysis.json",
        "tender.json", "contract.json", "delivery-2024-25.json", "valuation.json"));
    List<String> headings = new ArrayList<>();
    report.sections().forEach(s -> headings.add(s.heading(report.inputs())));
    check(report.html(), headings, 4, 30);
  }

  @Test
  void theReportFromAMinimalSetPrintsOnA4() throws Exception {
    DocumentReport report = DocumentReport.of(DocumentReportTest.shipped("framework.json", "delivery-2024-25.json"));
    check(report.html(), List.of("About this report", "Framework", "Delivery"), 1, 10);
  }

  @Test
  void theScenarioReportPrintsOnA4() throws Exception {
    String html = ScenarioReport.of(Scenario.run()).html();
    check(html, List.of("Framework", "Local needs and measure shortlist", "Tender evaluation", "Portfolio",
        "SROI view of the highways contract"), 4, 30);
  }

  private void check(String html, List<String> headings, int minPages, int maxPages) throws Exception {
    Path page = Files.writeString(dir.resolve("report.html"), html);
    Path pdf = dir.resolve("report.pdf");
    browser("--print-to-pdf=" + pdf, "--no-pdf-header-footer", page.toUri().toString());
    assertThat(pdf).exists();

    String info = run("pdfinfo", pdf.toString());
    Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
    assertThat(pages.find()).as(info).isTrue();
    int count = Integer.parseInt(pages.group(1));
    assertThat(count).as("page count").isBetween(minPages, maxPages);
    assertThat(info).as("A4 paper").containsPattern("Page size:\\s+59[45]\\.\\d+ x 84[12]\\.\\d+ pts \\(A4\\)");

    String text = run("pdftotext", "-layout", pdf.toString(), "-");
    for (String heading : headings) {
      assertThat(text).as("section heading").contains(heading);
    }
    assertThat(text).as("page numbers in the footer").contains("Page 1 of " + count).contains("Page " + count + " of "
        + count);
    assertThat(text).as("generation date in the footer").contains("Generated ");

    String boxes = run("pdftotext", "-bbox", pdf.toString(), "-");
    Matcher word = Pattern.compile("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>([^<]*)</word>")
        .matcher(boxes);
    int words = 0;
    while (word.find()) {
      words++;
      double right = Double.parseDouble(word.group(2));
      assertThat(right).as("word '" + word.group(3) + "' ends within the printable width")
          .isLessThanOrEqualTo(A4_WIDTH_PT - MARGIN_PT + 2);
      assertThat(Double.parseDouble(word.group(1))).as("word '" + word.group(3) + "' starts within the margin")
          .isGreaterThanOrEqualTo(MARGIN_PT - 2);
    }
    assertThat(words).isGreaterThan(100);

    Path probe = Files.writeString(dir.resolve("probe.html"), html.replace("</body>", "<script>"
        + "var w=document.documentElement.clientWidth,worst=0,what='';"
        + "document.querySelectorAll('body *').forEach(function(e){var r=e.getBoundingClientRect();"
        + "if(r.right>w+0.5&&r.right-w>worst){worst=r.right-w;what=e.tagName+'#'+(e.id||'')}});"
        + "document.body.setAttribute('data-overflow',document.documentElement.scrollWidth>w?'page '+what:"
        + "(worst>0?worst+' '+what:'none'));</script></body>"));
    String dom = browser("--window-size=794,1123", "--dump-dom", probe.toUri().toString());
    Matcher overflow = Pattern.compile("data-overflow=\"([^\"]*)\"").matcher(dom);
    assertThat(overflow.find()).as("the probe ran").isTrue();
    assertThat(overflow.group(1)).as("horizontal overflow at A4 width").isEqualTo("none");
  }

  private String browser(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
    command.addAll(List.of(args));
    return exec(command);
  }

  private String run(String... command) throws IOException, InterruptedException {
    return exec(List.of(command));
  }

  private String exec(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(command.get(0) + " did not finish in 180 s");
    }
    assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static java.util.Optional<String> onPath(String program) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(folder, program);
      if (Files.isExecutable(candidate)) {
        return java.util.Optional.of(candidate.toString());
      }
    }
    return java.util.Optional.empty();
  }
}
