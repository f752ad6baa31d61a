package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.gov.lancashire.socialvalue.examples.report.Pounds;
import uk.gov.lancashire.socialvalue.examples.report.TextTable;
import uk.gov.lancashire.socialvalue.examples.scenario.Scenario;
import uk.gov.lancashire.socialvalue.examples.scenario.ScenarioReport;
import uk.gov.lancashire.socialvalue.needs.AreaNeeds;
import uk.gov.lancashire.socialvalue.needs.CountyNeeds;
import uk.gov.lancashire.socialvalue.needs.Gap;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;

/** The commands other than {@code validate}; each returns an exit code or throws a CLI exception. */
final class Commands {

  private Commands() {}

  static int needs(SocialValueCli cli, Arguments a) {
    String file = single(a, "needs", "NEEDS.json");
    NeedsAnalysis analysis = Documents.read(cli.json(), file, cli.read(file), "socialvalue/needs-analysis",
        NeedsAnalysis.class);
    if (a.option("--area").isPresent()) {
      String area = a.option("--area").get();
      if (analysis.areas().stream().noneMatch(x -> x.id().equals(area))) {
        throw new SocialValueCli.BadInputException(List.of(file + ": no area '" + area + "'"));
      }
      AreaNeeds needs = analysis.needsOf(area);
      if (a.flag("--json")) {
        cli.out().println(cli.json().write(needs, AreaNeeds.class));
        return SocialValueCli.OK;
      }
      TextTable t = TextTable.of("rank", "indicator", "current", "desired", "gap", "relative gap").right(0, 2, 3, 4, 5);
      int rank = 1;
      for (Gap g : needs.rankedGaps()) {
        t.row(rank++, g.indicator().title(), g.current().toPlainString(), g.desired().toPlainString(),
            g.absoluteGap().toPlainString(), Pounds.number(g.relativeGap(), 4));
      }
      cli.out().print("Needs of " + needs.area().name() + ", largest first\n" + t.render());
      needs.problems().forEach(p -> cli.out().println("  missing: " + p));
      return SocialValueCli.OK;
    }
    CountyNeeds county = analysis.county();
    if (a.flag("--json")) {
      cli.out().println(cli.json().write(county, CountyNeeds.class));
      return SocialValueCli.OK;
    }
    TextTable t = TextTable.of("rank", "area", "need score").right(0, 2);
    int rank = 1;
    for (AreaNeeds n : county.rankedAreas()) {
      t.row(rank++, n.area().name(), n.needScore().map(s -> Pounds.number(s, 4)).orElse("—"));
    }
    cli.out().print("Areas by need, largest first\n" + t.render());
    county.problems().forEach(p -> cli.out().println("  missing: " + p));
    return SocialValueCli.OK;
  }

  static int report(SocialValueCli cli, Arguments a) {
    if (!a.files().isEmpty()) {
      throw new SocialValueCli.UsageException("report takes no files, only --out FILE");
    }
    Path out = Path.of(a.option("--out").orElse("lancashire-report.html"));
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, ScenarioReport.of(Scenario.run()).html(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SocialValueCli.BadInputException(List.of(out + ": cannot write: " + e.getMessage()));
    }
    cli.out().println("HTML report written to " + out.toAbsolutePath().normalize());
    return SocialValueCli.OK;
  }

  static String single(Arguments a, String command, String what) {
    if (a.files().size() != 1) {
      throw new SocialValueCli.UsageException(command + " needs exactly one file, " + what);
    }
    return a.files().get(0);
  }
}
