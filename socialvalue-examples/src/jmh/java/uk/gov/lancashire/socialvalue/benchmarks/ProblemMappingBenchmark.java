package uk.gov.lancashire.socialvalue.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import uk.gov.lancashire.socialvalue.json.Documents;
import uk.gov.lancashire.socialvalue.json.JsonProblemsException;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;

/**
 * Refusing a framework whose outcomes repeat one id {@code n} times: the core reports a problem per
 * repeat, keyed by outcome id, and the reader places each on its JSON path. Linear mapping means the time
 * per problem stays flat from 10^3 to 10^5 problems (the old reader re-parsed each path and scanned the
 * array per problem: 44 s for 32,000 outcomes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProblemMappingBenchmark {

  @Param({"1000", "10000", "100000"})
  public int problems;

  private final SocialValueJson json = SocialValueJson.standard().withMaxDocumentLength(64L << 20);
  private String document;

  /** Builds the document and checks that it is refused with about one problem per repeated outcome. */
  @Setup(Level.Trial)
  public void setUp() {
    StringBuilder b = new StringBuilder("{\"format\": \"socialvalue/framework\", \"formatVersion\": 1, \"id\": \"f\","
        + " \"title\": \"t\", \"edition\": \"1\", \"validity\": {\"from\": \"2024-04-01\", \"to\": \"2028-03-31\"},"
        + " \"currency\": \"GBP\", \"provenance\": \"p\", \"licenceNote\": \"l\", \"themes\": [{\"id\": \"t\","
        + " \"title\": \"t\"}], \"outcomes\": [");
    for (int i = 0; i <= problems; i++) {
      b.append(i == 0 ? "" : ",").append("{\"id\": \"o\", \"title\": \"t\", \"themeId\": \"t\"}");
    }
    document = b.append("]}").toString();
    JsonProblemsException e = refuse();
    System.out.printf("%n[ProblemMappingBenchmark] %,d bytes; %s%n", document.length(),
        e.problems().get(e.problems().size() - 1));
  }

  /** @return the exception, with its problems */
  @Benchmark
  public JsonProblemsException refuse() {
    try {
      json.read(Documents.FRAMEWORK, document);
    } catch (JsonProblemsException e) {
      return e;
    }
    throw new IllegalStateException("the document was accepted");
  }
}
