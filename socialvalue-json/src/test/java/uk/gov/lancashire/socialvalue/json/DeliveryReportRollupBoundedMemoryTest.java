package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;

/**
 * {@link DeliveryReportRollup} keeps memory bounded on hostile input, whatever the number of bad records: a
 * result lists at most {@link DeliveryReportRollup#MAX_PROBLEMS} problems, so the roll-up of a file in which
 * every record is bad needs no more heap than the roll-up of a file of sound records of the same size. Each
 * file is read in a JVM of its own with a 48 MB heap, in chunks of 64 KB on two threads, with the plain-record
 * scanner on and off: the sound file is the control (the reader's fixed buffers fit that heap).
 */
class DeliveryReportRollupBoundedMemoryTest {

  private static final int RECORDS = 400_000;

  @TempDir
  Path dir;

  @Test
  void everyRecordBadNeedsNoMoreHeapThanEveryRecordSound() throws Exception {
    Path sound = write(dir.resolve("sound.json"), i -> record(i, "NT1", "1"));
    // half a quantity that is not a decimal (the reader's problem), half a measure the roll-up does not know
    Path bad = write(dir.resolve("bad.json"), i -> i % 2 == 0 ? record(i, "NT1", "x") : record(i, "NT77", "1"));
    for (boolean scanner : new boolean[] {true, false}) {
      assertThat(run(sound, scanner)).as("sound file, scanner %s", scanner).startsWith("records " + RECORDS + " problems 0");
      String outcome = run(bad, scanner);
      assertThat(outcome).as("every record bad, scanner %s", scanner).startsWith("records 0 problems ");
      int listed = Integer.parseInt(outcome.split(" ")[3]);
      assertThat(listed).isLessThanOrEqualTo(DeliveryReportRollup.MAX_PROBLEMS + 1);
    }
  }

  /** Reads a file in a JVM of 48 MB and prints the result's count and number of problems, or what was thrown. */
  public static void main(String[] args) {
    DeliveryReportRollup rollup = DeliveryReportRollup.of(SocialValueJson.standard(), HostileReports.plan(new Random(0)),
        EnumSet.allOf(RecordStatus.class)).withThreads(2).withChunkBytes(64 * 1024)
        .withRecordScanner(Boolean.parseBoolean(args[1]));
    try {
      DeliveryReportRollup.Result result = rollup.read(Paths.get(args[0]));
      List<Problem> problems = result.problems();
      System.out.println("records " + result.records() + " problems " + problems.size());
    } catch (Throwable e) {
      System.out.println("thrown " + e);
    }
  }

  private static String run(Path file, boolean scanner) throws IOException, InterruptedException {
    String path = System.getProperty("jdk.module.path", "") + File.pathSeparator + System.getProperty("java.class.path");
    Process p = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
        "-XX:+UseSerialGC", "-cp", path, DeliveryReportRollupBoundedMemoryTest.class.getName(), file.toString(),
        String.valueOf(scanner)).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return output.lines().filter(l -> l.startsWith("records ") || l.startsWith("thrown ")).findFirst()
        .orElse("no outcome: " + output);
  }

  private static Path write(Path file, java.util.function.IntFunction<String> record) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write("{\"format\":\"socialvalue/delivery-report\",\"formatVersion\":1,\"records\":[".getBytes(
          StandardCharsets.US_ASCII));
      for (int i = 0; i < RECORDS; i++) {
        out.write(((i == 0 ? "" : ",") + record.apply(i)).getBytes(StandardCharsets.US_ASCII));
      }
      out.write("]}".getBytes(StandardCharsets.US_ASCII));
    }
    return file;
  }

  private static String record(int i, String measure, String quantity) {
    return "{\"id\":\"r" + i + "\",\"period\":\"2024/25-Q1\",\"measure\":\"" + measure + "\",\"quantity\":\"" + quantity
        + "\",\"supplier\":\"s\",\"status\":\"claimed\"}";
  }
}
