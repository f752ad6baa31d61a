package uk.gov.lancashire.socialvalue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged tool, run as a user runs it: {@code java -jar socialvalue.jar ...} in a fresh process (Failsafe
 * runs this after packaging). One test per convention, with good and bad input; no output ever shows a stack
 * trace or a Java class name.
 */
class CliJarIT {

  private static final Path JAR = Path.of("target", "socialvalue.jar").toAbsolutePath();
  private static final Path DOCS = Path.of("src/main/resources/lancashire").toAbsolutePath();
  private static final String FRAMEWORK = DOCS.resolve("framework.json").toString();
  private static final String NEEDS = DOCS.resolve("needs-analysis.json").toString();
  private static final String TENDER = DOCS.resolve("tender.json").toString();
  private static final String VALUATION = DOCS.resolve("valuation.json").toString();
  private static final String CONTRACT = DOCS.resolve("contract.json").toString();
  private static final String DELIVERY = DOCS.resolve("delivery-2024-25.json").toString();

  @TempDir
  Path dir;

  /** One run of the jar. */
  record Run(int code, String out, String err) {
    Run assertClean() {
      for (String text : List.of(out, err)) {
        assertThat(text).as("no stack trace or class name")
            .doesNotContainPattern("\\bat [a-z]+\\.[a-z]").doesNotContain("Exception").doesNotContain("java.")
            .doesNotContain("tools.jackson").doesNotContain("uk.gov.").doesNotContain("picocli.");
      }
      return this;
    }
  }

  private Run run(String... args) throws IOException, InterruptedException {
    return runIn(JAR, null, List.of(), args);
  }

  private Run runWithInput(byte[] stdin, String... args) throws IOException, InterruptedException {
    return runIn(JAR, stdin, List.of(), args);
  }

  private Run runIn(Path jar, byte[] stdin, List<String> jvm, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvm);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.redirectOutput(dir.resolve(".out").toFile()).redirectError(dir.resolve(".err").toFile());
    if (stdin == null) {
      builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }
    Process p = builder.start();
    if (stdin != null) {
      try (OutputStream in = p.getOutputStream()) {
        in.write(stdin);
      }
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Run(p.exitValue(), Files.readString(dir.resolve(".out")), Files.readString(dir.resolve(".err")))
        .assertClean();
  }

  // ---------------------------------------------------------------- help, version, the jar on its own

  @Test
  void helpAndVersionOnEveryCommandShortAndLong() throws Exception {
    for (String help : List.of("-h", "--help")) {
      Run r = run(help);
      assertThat(r.code).isZero();
      assertThat(r.out).startsWith("Usage: socialvalue").contains("validate", "value", "evaluate", "needs", "report",
          "template", "convert", "Exit codes");
    }
    for (String command : List.of("validate", "value", "evaluate", "needs", "report", "template", "convert")) {
      Run r = run(command, "-h");
      assertThat(r.code).as(command).isZero();
      assertThat(r.out).startsWith("Usage: socialvalue " + command).contains("--json".equals("") ? "" : "-h, --help");
      assertThat(run("help", command).out).startsWith("Usage: socialvalue " + command);
    }
    assertThat(run("-V").out).isEqualTo(run("--version").out).startsWith("socialvalue 0.1.0");
    assertThat(run("report", "--version").out).startsWith("socialvalue ");
  }

  @Test
  void theJarRunsWhenCopiedOnItsOwn() throws Exception {
    Path alone = Files.copy(JAR, Files.createDirectory(dir.resolve("alone")).resolve("socialvalue.jar"));
    Run r = runIn(alone, null, List.of(), "validate", FRAMEWORK);
    assertThat(r.code).isZero();
    assertThat(r.out).contains(": ok (framework lancashire-toms");
    assertThat(r.err).as("no log noise").isEmpty();
  }

  // ---------------------------------------------------------------- option syntax

  @Test
  void optionEqualsValueAndOptionSpaceValueAreTheSame() throws Exception {
    Run spaced = run("needs", NEEDS, "--area", "preston");
    Run joined = run("needs", "--area=preston", NEEDS);
    assertThat(spaced.code).isZero();
    assertThat(joined.out).isEqualTo(spaced.out).contains("Needs of Preston");
  }

  @Test
  void doubleDashEndsTheOptions() throws Exception {
    Run option = run("validate", FRAMEWORK, "--strange.json");
    assertThat(option.code).isEqualTo(2);
    assertThat(option.err).contains("Unknown option: '--strange.json'").contains("run with --help");
    Run file = run("validate", FRAMEWORK, "--", "--strange.json");
    assertThat(file.code).isEqualTo(1);
    assertThat(file.err.strip()).isEqualTo("--strange.json: no such file");
  }

  @Test
  void wrongUsageExitsTwoWithOneLine() throws Exception {
    for (String[] args : List.of(new String[] {}, new String[] {"frobnicate"}, new String[] {"needs"},
        new String[] {"needs", NEEDS, "--area"}, new String[] {"evaluate", FRAMEWORK},
        new String[] {"template", CONTRACT})) {
      Run r = run(args);
      assertThat(r.code).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err.lines().count()).as(String.join(" ", args)).isEqualTo(1);
      assertThat(r.out).isEmpty();
    }
  }

  // ---------------------------------------------------------------- - for stdin and stdout

  @Test
  void dashReadsStandardInput() throws Exception {
    Run r = runWithInput(Files.readAllBytes(Path.of(DELIVERY)), "validate", "-");
    assertThat(r.code).isZero();
    assertThat(r.out.strip()).isEqualTo("-: ok (delivery report, 17 records)");
    Run twice = runWithInput(new byte[0], "validate", "-", "-");
    assertThat(twice.code).isEqualTo(2);
  }

  @Test
  void reportOutDashWritesStandardOutputNotAFileCalledDash() throws Exception {
    Run r = run("report", FRAMEWORK, DELIVERY, "--out", "-");
    assertThat(r.code).isZero();
    assertThat(r.out).startsWith("<!DOCTYPE html>");
    assertThat(dir.resolve("-")).doesNotExist();
    Run file = run("report", FRAMEWORK, DELIVERY, "--out=r.html");
    assertThat(file.out).startsWith("HTML report written to ");
    assertThat(Files.readString(dir.resolve("r.html"))).startsWith("<!DOCTYPE html>");
  }

  // ---------------------------------------------------------------- --json everywhere, errors included

  @Test
  void jsonOnEveryCommandWithAFormatMarker() throws Exception {
    List<String[]> commands = List.of(new String[] {"validate", FRAMEWORK}, new String[] {"value", VALUATION},
        new String[] {"value", "--framework", FRAMEWORK, DELIVERY}, new String[] {"evaluate", FRAMEWORK, TENDER},
        new String[] {"needs", NEEDS}, new String[] {"needs", NEEDS, "--area", "preston"},
        new String[] {"report", FRAMEWORK, DELIVERY});
    for (String[] command : commands) {
      List<String> args = new ArrayList<>(List.of(command));
      args.add("--json");
      Run r = run(args.toArray(String[]::new));
      assertThat(r.code).as(args.toString()).isZero();
      assertThat(r.out).as(args.toString()).startsWith("{").containsPattern("^\\{\\s*\"format\": ?\"socialvalue/");
    }
  }

  @Test
  void failuresUnderJsonAreAProblemsDocument() throws Exception {
    Run bad = run("value", "--json", "nofile.json");
    assertThat(bad.code).isEqualTo(1);
    assertThat(bad.out).contains("\"format\": \"socialvalue/problems\"").contains("\"exitCode\": 1")
        .contains("\"file\": \"nofile.json\"").contains("\"message\": \"no such file\"");
    Run usage = run("needs", NEEDS, "--json", "--frobnicate");
    assertThat(usage.code).isEqualTo(2);
    assertThat(usage.out).contains("\"format\": \"socialvalue/problems\"").contains("\"exitCode\": 2")
        .contains("Unknown option");
    assertThat(usage.err).isEmpty();
  }

  // ---------------------------------------------------------------- errors a user can act on

  @Test
  void syntaxErrorsGiveLineAndColumn() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"socialvalue/framework\",\n  \"id\": ]");
    Run r = run("validate", broken.toString());
    assertThat(r.code).isEqualTo(1);
    assertThat(r.err).containsPattern("line 2, column \\d+");
  }

  @Test
  void specialFilesAreRefusedAtOnce() throws Exception {
    Path fifo = dir.resolve("pipe");
    new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    long start = System.nanoTime();
    Run r = run("validate", "/dev/zero", fifo.toString(), dir.toString());
    assertThat(System.nanoTime() - start).as("no blocking on a pipe without a writer").isLessThan(60_000_000_000L);
    assertThat(r.code).isEqualTo(1);
    assertThat(r.err.lines()).containsExactly(
        "/dev/zero: not a regular file (a device, pipe or socket), so it is not read; to read a stream, send it"
            + " to standard input and name the file -",
        fifo + ": not a regular file (a device, pipe or socket), so it is not read; to read a stream, send it"
            + " to standard input and name the file -",
        dir + ": is a folder, not a file");
  }

  @Test
  void aValuationWithZeroInvestmentGivesAnAnswerOrAReasonNeverATrace() throws Exception {
    Path zero = Files.writeString(dir.resolve("zero.json"), Files.readString(Path.of(VALUATION))
        .replaceAll("(\"investment\"[^}]*?\"amount\": *\")[0-9.]+", "$10"));
    Run r = run("value", zero.toString());
    assertThat(r.code).isZero();
    assertThat(r.out).contains("present value").contains("SROI ratio").contains("undefined: investment is zero");
  }

  // ---------------------------------------------------------------- large files stream

  @Test
  void aDeliveryReportLargerThanTheDocumentLimitIsStreamedWithProgress() throws Exception {
    Path big = dir.resolve("big.json");
    long records = 0;
    try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write("{\"format\": \"socialvalue/delivery-report\", \"formatVersion\": 1, \"records\": [");
      while (Files.size(big) < 0 || records < 110_000) {
        w.write((records == 0 ? "" : ",") + "{\"id\": \"r" + records + "\", \"period\": \"2024/25-Q1\", \"measure\":"
            + " \"LT6\", \"quantity\": \"1.25\", \"supplier\": \"pennine-highways-and-partners\", \"status\":"
            + " \"claimed\", \"evidence\": [\"evidence/a-rather-long-reference-to-a-payroll-extract.pdf\"]}");
        records++;
      }
      w.write("]}");
    }
    assertThat(Files.size(big)).isGreaterThan(16L * 1024 * 1024);
    Run r = run("validate", "--progress", big.toString());
    assertThat(r.code).isZero();
    assertThat(r.out.strip()).isEqualTo(big + ": ok (delivery report, 110,000 records)");
    assertThat(r.err).contains("records, ").contains(" MB of ");
  }

  @Test
  void convertStreamsAReportThatCannotBeHeldWholeUnderASmallHeap() throws Exception {
    // 300,000 records, 66 MB: held as a list they need several times 48 MB (convert before streaming ran
    // out of memory here); streamed, each record is written as it is read
    Path big = dir.resolve("big.json");
    try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write("{\"format\": \"socialvalue/delivery-report\", \"formatVersion\": 1, \"records\": [");
      for (int i = 0; i < 300_000; i++) {
        w.write((i == 0 ? "" : ",") + "{\"id\": \"r" + i + "\", \"period\": \"2024/25-Q1\", \"measure\":"
            + " \"LT6\", \"quantity\": \"1.25\", \"supplier\": \"pennine-highways-and-partners\", \"status\":"
            + " \"claimed\", \"evidence\": [\"evidence/a-rather-long-reference-to-a-payroll-extract.pdf\"]}");
      }
      w.write("]}");
    }
    for (String out : List.of("big.csv", "again.json")) {
      Run r = runIn(JAR, null, List.of("-Xmx48m"), "convert", out.equals("big.csv") ? big.toString() : "big.csv",
          "--out", out);
      assertThat(r.err).isEmpty();
      assertThat(r.code).isZero();
      assertThat(r.out.strip()).isEqualTo("300000 delivery records written to " + dir.resolve(out));
    }
    Run back = runIn(JAR, null, List.of("-Xmx48m"), "validate", "again.json");
    assertThat(back.out.strip()).isEqualTo("again.json: ok (delivery report, 300,000 records)");
  }

  // ---------------------------------------------------------------- reports from the user's documents

  @Test
  void reportsFromTheShippedDocumentsAndFromAMinimalSet() throws Exception {
    Run all = run("report", FRAMEWORK, NEEDS, TENDER, CONTRACT, DELIVERY, VALUATION, "--out", "all.html");
    assertThat(all.code).isZero();
    String html = Files.readString(dir.resolve("all.html"));
    for (String id : List.of("sources", "framework", "needs", "tender", "contract", "delivery", "valuation")) {
      assertThat(html).contains("<section id=\"" + id + "\">");
    }
    Run minimal = run("report", FRAMEWORK, DELIVERY);
    assertThat(minimal.code).isZero();
    assertThat(minimal.out).contains("1. About this report", "2. Framework", "3. Delivery")
        .doesNotContain("Tender evaluation");
    Run scenario = run("report");
    assertThat(scenario.out).contains("Lancashire social value scenario");
  }

  // ---------------------------------------------------------------- spreadsheets

  @Test
  void templateConvertAndRoundTripThroughCsvAndXlsx() throws Exception {
    assertThat(run("template", CONTRACT, "--framework", FRAMEWORK, "--out", "returns.xlsx").code).isZero();
    Run blank = run("validate", "returns.xlsx");
    assertThat(blank.out).contains("returns.xlsx: ok (XLSX delivery records, 0 records, 60 template rows left blank)");
    assertThat(run("convert", DELIVERY, "--out", "d.csv").code).isZero();
    assertThat(run("convert", "d.csv", "-o", "d.xlsx").code).isZero();
    assertThat(run("convert", "d.xlsx", "--out", "back.json").code).isZero();
    assertThat(Files.readString(dir.resolve("back.json"))).isEqualTo(Files.readString(Path.of(DELIVERY)));
    Run piped = runWithInput(Files.readAllBytes(dir.resolve("d.csv")), "convert", "-", "--out", "-");
    assertThat(piped.out.strip()).isEqualTo(Files.readString(Path.of(DELIVERY)).strip());
  }

  @Test
  void aBadSheetNamesEveryBadCellAndKeepsTheGoodRows() throws Exception {
    Files.writeString(dir.resolve("bad.csv"), "id,period,measure,quantity,supplier,status\n"
        + "r1,2024/25-Q1,LT6,26,acme,claimed\nr2,2024-Q1,LT6,ten,acme,claimed\n");
    Run r = run("validate", "bad.csv");
    assertThat(r.code).isEqualTo(1);
    assertThat(r.err.lines()).containsExactly(
        "bad.csv: B3: period: must be a quarter of the UK financial year such as 2024/25-Q1, was '2024-Q1'",
        "bad.csv: D3: quantity: must be a plain decimal such as 12.5 (no units, commas or exponent), was 'ten'");
  }

  // ---------------------------------------------------------------- memory

  /**
   * {@code report} over a delivery report of 400,000 records (49 MB) without a contract adds each record to
   * the section's totals as it is read: it runs in a 48 MB heap. Before, it held every record (about 160 to
   * 320 bytes each) and ran out of memory below 128 MB.
   */
  @Test
  void aReportOverManyRecordsWithoutAContractRunsInASmallHeap() throws Exception {
    StringBuilder doc = new StringBuilder("{\"format\": \"socialvalue/delivery-report\", \"formatVersion\": 1,"
        + " \"records\": [\n");
    int records = 400_000;
    for (int i = 0; i < records; i++) {
      doc.append(i == 0 ? "" : ",\n").append("{\"id\": \"r").append(i).append("\", \"period\": \"2024/25-Q")
          .append(1 + i % 4).append("\", \"measure\": \"LT6\", \"quantity\": \"").append(i % 97).append('.')
          .append(i % 10).append("\", \"supplier\": \"acme\", \"status\": \"verified\", \"evidence\": [\"e\"]}");
    }
    byte[] report = doc.append("\n]}\n").toString().getBytes(StandardCharsets.UTF_8);

    Run r = runIn(JAR, report, List.of("-Xmx48m"), "report", FRAMEWORK, "-");

    assertThat(r.err).isEmpty();
    assertThat(r.code).isZero();
    assertThat(r.out).contains("400,000 delivery records from 2024/25-Q1 to 2024/25-Q4.");
  }
}
