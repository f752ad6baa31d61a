package uk.gov.lancashire.socialvalue.json;

import uk.gov.lancashire.socialvalue.json.needs.NeedsJson;
import uk.gov.lancashire.socialvalue.json.targets.TargetsJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.needs.CountyNeeds;
import uk.gov.lancashire.socialvalue.needs.Direction;
import uk.gov.lancashire.socialvalue.needs.Gap;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;
import uk.gov.lancashire.socialvalue.needs.NeedsWeightedScoring;
import uk.gov.lancashire.socialvalue.needs.NeedsWeights;
import uk.gov.lancashire.socialvalue.targets.MilestoneStatus;
import uk.gov.lancashire.socialvalue.targets.ProgressReport;
import uk.gov.lancashire.socialvalue.targets.StrategyPlan;
import uk.gov.lancashire.socialvalue.targets.Target;
import uk.gov.lancashire.socialvalue.targets.TargetProgress;
import uk.gov.lancashire.socialvalue.targets.TargetSubject;

/** Enum names of the needs and targets packages, and the written-only results. */
class NeedsResultsJsonTest {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  // ---------------------------------------------------------------- enum names

  @Test
  void directionsAndMilestoneStatusesHaveTheirPublishedNames() {
    assertThat(NeedsJson.DIRECTION.allNames()).containsExactly("higher-is-better", "lower-is-better");
    assertThat(TargetsJson.STATUS.allNames()).containsExactly("done", "in-progress", "not-started", "overdue");
    assertThat(json.write(Direction.LOWER_IS_BETTER, Direction.class)).isEqualTo("\"lower-is-better\"\n");
    assertThat(json.read("\"not-started\"", MilestoneStatus.class)).isEqualTo(MilestoneStatus.NOT_STARTED);
    Arrays.stream(MilestoneStatus.values()).forEach(s -> assertThat(TargetsJson.STATUS.name(s)).matches("[a-z-]+"));
  }

  @Test
  void theJavaConstantNameOfAStatusIsNotAcceptedOnTheWire() {
    assertThatThrownBy(() -> json.read("\"IN_PROGRESS\"", MilestoneStatus.class)).hasMessageContaining(
        "$: unknown milestone status \"IN_PROGRESS\"; expected one of [done, in-progress, not-started, overdue]");
  }

  // ---------------------------------------------------------------- results

  @Test
  void aResultIsNotReadBackAndTheMessageSaysWhatToReadInstead() {
    assertThatThrownBy(() -> json.read(TestFiles.text("report-county-needs.json"), CountyNeeds.class))
        .isInstanceOf(JsonProblemsException.class)
        .hasMessageContaining("$: county needs is a computed result: it is written, never read; read the"
            + " socialvalue/needs-analysis document and compute it again");
    assertThatThrownBy(() -> json.read(TestFiles.text("report-progress.json"), ProgressReport.class))
        .hasMessageContaining("$: a progress report is a computed result: it is written, never read; read the"
            + " socialvalue/strategy-plan document and compute it again");
  }

  @Test
  void aPlainMapperWithTheModuleWritesResultsInTheSameForm() {
    JsonMapper mapper = JsonMapper.builder().addModule(new SocialValueModule()).build();
    NeedsAnalysis analysis = NeedsSamples.analysis();

    assertThat(mapper.readTree(mapper.writeValueAsString(analysis.county())))
        .isEqualTo(mapper.readTree(TestFiles.text("report-county-needs.json")));
  }

  @Test
  void aGapWritesItsComputedFiguresExactly() {
    // (9.8 − 6.5) ÷ 6.5 = 0.507692307692… to 34 significant digits, half up
    Gap gap = NeedsSamples.analysis().gap("no-qualifications", "burnley").orElseThrow();

    String text = json.write(gap, Gap.class);

    assertThat(text).contains("\"absoluteGap\": \"3.3\"", "\"relativeGap\": \"0.5076923076923076923076923076923077\"",
        "\"met\": false", "\"direction\": \"lower-is-better\"");
  }

  @Test
  void weightsWithoutAFigureWriteTheirProblemAndNoWeights() {
    NeedsWeights<String> weights = NeedsSamples.analysis().priorityWeights("ribble-valley", "lcc");

    String text = json.write(weights, NeedsWeights.class);

    assertThat(text).isEqualTo("{\n  \"areaId\": \"ribble-valley\",\n  \"needs\": {},\n  \"weights\": {},\n"
        + "  \"problems\": [\n    {\n      \"path\": \"areas[ribble-valley].indicators[no-qualifications]\",\n"
        + "      \"message\": \"no observation; a missing figure is not read as zero\"\n    }\n  ],\n"
        + "  \"complete\": false\n}\n");
  }

  @Test
  void progressAgainstAZeroTargetLeavesOutItsPercentage() {
    // 2025/26 target for the priority is 0: no percentage; 1 April 2025 is day 1 of 365
    StrategyPlan plan = NeedsSamples.plan();
    Target zero = plan.target(TargetSubject.priority("lcc", "economic-growth"), FinancialYear.of(2025)).orElseThrow();

    String text = json.write(TargetProgress.of(zero, new BigDecimal("0.50"), LocalDate.of(2025, 4, 1)),
        TargetProgress.class);

    assertThat(text).doesNotContain("percentOfTarget").contains("\"daysElapsed\": 1", "\"expectedToDate\": \"0\"",
        "\"onTrack\": true", "\"behindTrajectory\": \"-0.50\"", "\"remaining\": \"0\"");
  }

  @Test
  void problemsReadAndWrite() {
    Problem problem = Problem.of("achieved[measure NT1]", "no target for 2024/25");

    assertThat(json.read(json.write(problem, Problem.class), Problem.class)).isEqualTo(problem);
    assertThat(json.write(problem, Problem.class))
        .isEqualTo("{\n  \"path\": \"achieved[measure NT1]\",\n  \"message\": \"no target for 2024/25\"\n}\n");
  }

  @Test
  void everyPublicTypeOfTheNeedsAndTargetsPackagesIsCovered() throws Exception {
    // NeedsWeightedScoring is a scoring function, not a value: its whole state is its NeedsWeights
    for (String pkg : List.of("uk.gov.lancashire.socialvalue.needs", "uk.gov.lancashire.socialvalue.targets")) {
      List<Class<?>> types = publicTypesOf(pkg);
      assertThat(types).hasSizeGreaterThan(6);
      for (Class<?> type : types) {
        if (type != NeedsWeightedScoring.class) {
          assertThat(Types.all()).as(type.getSimpleName()).containsKey(type);
        }
      }
    }
  }

  private static List<Class<?>> publicTypesOf(String pkg) throws Exception {
    String folder = pkg.replace('.', '/');
    URI uri = Direction.class.getProtectionDomain().getCodeSource().getLocation().toURI();
    Path root = Path.of(uri);
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.list(root.resolve(folder))) {
        files.forEach(f -> names.add(f.getFileName().toString()));
      }
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(root); Stream<Path> files = Files.list(jar.getPath(folder))) {
        files.forEach(f -> names.add(f.getFileName().toString()));
      }
    }
    List<Class<?>> types = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith(".class") && !name.contains("$") && !name.startsWith("package-info")) {
        Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
        if (Modifier.isPublic(type.getModifiers())) {
          types.add(type);
        }
      }
    }
    return types;
  }
}
