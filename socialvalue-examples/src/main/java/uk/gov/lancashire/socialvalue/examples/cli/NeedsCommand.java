package uk.gov.lancashire.socialvalue.examples.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.examples.report.Pounds;
import uk.gov.lancashire.socialvalue.examples.report.TextTable;
import uk.gov.lancashire.socialvalue.json.Documents;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.needs.AreaNeeds;
import uk.gov.lancashire.socialvalue.needs.CountyNeeds;
import uk.gov.lancashire.socialvalue.needs.Gap;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;

/** {@code needs NEEDS [--area ID]}: ranks local needs across the county, or for one area. */
@Command(name = "needs", mixinStandardHelpOptions = true, usageHelpWidth = 100,
    description = "Rank local needs across the county, or for one area.")
final class NeedsCommand implements Callable<Integer> {

  private final Session session;

  @Parameters(index = "0", paramLabel = "NEEDS.json", description = "The needs analysis; - reads standard input.")
  String file;

  @Option(names = "--area", paramLabel = "ID", description = "Rank the needs of this area only.")
  @Nullable String area;

  @Mixin
  Options.Json json;

  NeedsCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    NeedsAnalysis analysis = DocumentFiles.read(session.json, file, Sources.readText(session, file,
        SocialValueJson.DEFAULT_MAX_DOCUMENT_LENGTH), Documents.NEEDS_ANALYSIS);
    if (area != null) {
      if (analysis.areas().stream().noneMatch(x -> x.id().equals(area))) {
        throw CliException.badInput(file, "no area '" + area + "'");
      }
      AreaNeeds needs = analysis.needsOf(area);
      if (json.on) {
        print("socialvalue/area-needs", session.json.write(needs, AreaNeeds.class));
        return SocialValueCli.OK;
      }
      TextTable t = TextTable.of("rank", "indicator", "current", "desired", "gap", "relative gap")
          .right(0, 2, 3, 4, 5);
      int rank = 1;
      for (Gap g : needs.rankedGaps()) {
        t.row(rank++, g.indicator().title(), g.current().toPlainString(), g.desired().toPlainString(),
            g.absoluteGap().toPlainString(), Pounds.number(g.relativeGap().movePointRight(2), 1) + "%");
      }
      session.out.print("Needs of " + needs.area().name() + ", largest first\n" + t.render());
      needs.problems().forEach(p -> session.out.println("  missing: " + p));
      return SocialValueCli.OK;
    }
    CountyNeeds county = analysis.county();
    if (json.on) {
      print("socialvalue/county-needs", session.json.write(county, CountyNeeds.class));
      return SocialValueCli.OK;
    }
    TextTable t = TextTable.of("rank", "area", "need score").right(0, 2);
    int rank = 1;
    for (AreaNeeds n : county.rankedAreas()) {
      t.row(rank++, n.area().name(), n.needScore().map(s -> Pounds.number(s, 4)).orElse("—"));
    }
    session.out.print("Areas by need, largest first\n" + t.render());
    county.problems().forEach(p -> session.out.println("  missing: " + p));
    return SocialValueCli.OK;
  }

  /** Prints a result with its format marker first, as every document the tool writes has. */
  private void print(String format, String body) {
    JsonNode tree = session.json.mapper().readTree(body);
    ObjectNode doc = JsonOut.document(session, format);
    if (tree.isObject()) {
      tree.properties().forEach(e -> {
        if (!e.getKey().equals("format") && !e.getKey().equals("formatVersion")) {
          doc.set(e.getKey(), e.getValue());
        }
      });
    }
    JsonOut.print(session, doc);
  }
}
