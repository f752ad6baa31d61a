package uk.gov.lancashire.socialvalue.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.CountingRules;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Outcome;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.Theme;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ValidityPeriod;
import uk.gov.lancashire.socialvalue.proxy.ProxyEdition;
import uk.gov.lancashire.socialvalue.proxy.ProxyValue;

/**
 * An <strong>illustrative</strong> Lancashire framework ("Lancashire TOMs") for the examples: LCC's four
 * priorities, Lancashire 2050's four, the five usual themes and 18 measures spanning every unit.
 *
 * <p>Measure titles are this project's own words. Every proxy value is invented for illustration and
 * says so in its source; none comes from the National TOMs or the HACT Social Value Bank, whose CC
 * BY-NC-ND licence forbids bundling them. Load a licensed edition at run time for real valuations.
 */
public final class LancashireFramework {

  /** The id of the council's priority scheme. */
  public static final String LCC = "lcc";
  /** The id of the Lancashire 2050 priority scheme. */
  public static final String L2050 = "lancashire-2050";
  /** The reference of the illustrative proxy edition. */
  public static final String EDITION = "lancashire-illustrative@2024.1";

  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  private static final String SOURCE = "ILLUSTRATIVE ONLY: invented by the socialvalue project, not a published value";

  private LancashireFramework() {}

  /** @return the illustrative framework with its illustrative proxy edition */
  public static Framework create() {
    Framework.Builder b = Framework.builder()
        .id("lancashire-toms")
        .title("Lancashire social value framework (illustrative)")
        .edition("2024-28")
        .validity(ValidityPeriod.of(LocalDate.of(2024, 4, 1), LocalDate.of(2028, 3, 31)))
        .currency(GBP)
        .provenance("Structure after Lancashire County Council's Social value policy and framework 2024-28;"
            + " measures paraphrased by the socialvalue project")
        .licenceNote("MIT (structure and illustrative numbers). Load licensed proxy editions at run time.")
        .addSchemes(PriorityScheme.builder().id(LCC).title("Lancashire County Council priorities")
            .addPriorities(
                Priority.of("better-services", "Delivering better services"),
                Priority.of("environment", "Protecting our environment"),
                Priority.of("economic-growth", "Supporting economic growth"),
                Priority.of("caring", "Caring for the vulnerable"))
            .build())
        .addSchemes(PriorityScheme.builder().id(L2050).title("Lancashire 2050")
            .addPriorities(
                Priority.of("growth-investment", "Economic growth and investment"),
                Priority.of("transport", "Transport, connectivity and infrastructure"),
                Priority.of("skills-employment", "Early years, education, adult skills and employment"),
                Priority.of("environment-housing", "Environment, climate change and housing quality"))
            .build())
        .addThemes(
            Theme.of("jobs", "Jobs: promote local skills and employment"),
            Theme.of("growth", "Growth: support local business"),
            Theme.of("social", "Social: healthier, safer, more resilient communities"),
            Theme.of("environment", "Environment: decarbonise and protect the environment"),
            Theme.of("innovation", "Innovation: better ways of working"))
        .addOutcomes(
            Outcome.of("local-employment", "More local people in employment", "jobs"),
            Outcome.of("inclusive-employment", "More opportunities for disadvantaged people", "jobs"),
            Outcome.of("skills", "Improved skills for a growing economy", "jobs"),
            Outcome.of("local-business", "More opportunities for local SMEs and VCSEs", "growth"),
            Outcome.of("resilient-communities", "Stronger, more resilient communities", "social"),
            Outcome.of("carbon", "Carbon emissions reduced", "environment"),
            Outcome.of("resources", "Resources used well, waste reduced", "environment"),
            Outcome.of("responsible-business", "Fair, ethical and innovative business practice", "innovation"));

    ProxyEdition.Builder edition = ProxyEdition.builder()
        .id("lancashire-illustrative").version("2024.1")
        .title("Illustrative proxy values for the socialvalue examples (not for real valuations)")
        .currency(GBP)
        .licence("illustrative");

    monetised(b, edition, "LT1", "NT1", "Local people employed on the contract", Unit.FTE_YEARS, "local-employment",
        "30000", adjustments("0.10", "0.05", "0", "0", 1), CountingRules.none(),
        both("economic-growth", "skills-employment"));
    monetised(b, edition, "LT2", "NT3", "Long-term unemployed people hired", Unit.FTE, "inclusive-employment",
        "18000", Adjustments.none(), disadvantaged(), both("caring", "skills-employment"));
    monetised(b, edition, "LT3", "NT4", "Young people not in education, employment or training hired", Unit.FTE,
        "inclusive-employment", "15000", Adjustments.none(), disadvantaged(), both("caring", "skills-employment"));
    monetised(b, edition, "LT4", "NT5", "Care leavers hired", Unit.FTE, "inclusive-employment",
        "16000", Adjustments.none(), disadvantaged(), both("caring", "skills-employment"));
    b.addMeasures(Measure.builder().code(MeasureCode.parse("LT5")).title("Share of the contract workforce living locally")
        .unit(Unit.PERCENT).kind(MeasureKind.RECORD_ONLY).outcomeId("local-employment")
        .addAlignments(Alignment.of(LCC, "economic-growth"), Alignment.of(L2050, "skills-employment")).build());
    monetised(b, edition, "LT6", "NT10", "Apprenticeship weeks on the contract", Unit.WEEKS, "skills",
        "250", adjustments("0.15", "0", "0.10", "0.25", 3), CountingRules.none(),
        both("economic-growth", "skills-employment"));
    monetised(b, edition, "LT7", "NT12", "Employability and career mentoring sessions", Unit.HOURS_X_ATTENDEES,
        "skills", "90", adjustments("0.20", "0", "0.10", "0.50", 2), CountingRules.none(),
        both("caring", "skills-employment"));
    monetised(b, edition, "LT8", "NT15", "Expert staff time given to local VCSEs and SMEs", Unit.HOURS,
        "local-business", "95", Adjustments.none(), CountingRules.none(),
        both("economic-growth", "growth-investment"));
    monetised(b, edition, "LT9", "NT18", "Spend with local suppliers in the supply chain", Unit.MONEY,
        "local-business", "0.20", adjustments("0.25", "0.10", "0", "0", 1), CountingRules.none(),
        both("economic-growth", "growth-investment"));
    monetised(b, edition, "LT10", "NT19", "Spend with voluntary, community and social enterprises", Unit.MONEY,
        "local-business", "0.25", Adjustments.none(), CountingRules.none(),
        both("caring", "growth-investment"));
    monetised(b, edition, "LT11", "NT29", "Equipment or resources donated to community groups", Unit.MONEY,
        "resilient-communities", "1.00", Adjustments.none(), CountingRules.none(),
        both("caring", "growth-investment"));
    monetised(b, edition, "LT12", "NT21", "School and community site visits", Unit.COUNT, "resilient-communities",
        "200", Adjustments.none(), CountingRules.none(), both("better-services", "skills-employment"));
    monetised(b, edition, "LT13", "NT31", "Carbon emissions saved on the contract", Unit.TONNES_CO2E, "carbon",
        "250", adjustments("0.05", "0", "0", "0", 1), CountingRules.none(),
        both("environment", "environment-housing"));
    monetised(b, edition, "LT14", "NT34", "Waste diverted from landfill", Unit.TONNES, "resources",
        "100", Adjustments.none(), CountingRules.none(), both("environment", "environment-housing"));
    monetised(b, edition, "LT15", "NT33", "Fleet miles driven by zero-emission vehicles", Unit.MILES, "carbon",
        "0.10", Adjustments.none(), CountingRules.none(), both("environment", "transport"));
    monetised(b, edition, "LT16", "NT28", "Staff volunteering hours for local community projects", Unit.HOURS,
        "resilient-communities", "17", Adjustments.none(), CountingRules.none(),
        both("better-services", "growth-investment"));
    b.addMeasures(Measure.builder().code(MeasureCode.parse("LT17")).title("Fair work and wellbeing plan")
        .unit(Unit.LEVEL).kind(MeasureKind.QUALITATIVE).outcomeId("responsible-business")
        .addAlignments(Alignment.of(LCC, "better-services"), Alignment.of(L2050, "skills-employment")).build());
    b.addMeasures(Measure.builder().code(MeasureCode.parse("LT18")).title("Modern slavery and ethical supply-chain actions")
        .unit(Unit.TEXT).kind(MeasureKind.QUALITATIVE).outcomeId("responsible-business")
        .addAlignments(
            Alignment.weighted(LCC, "caring", new BigDecimal("0.5")),
            Alignment.weighted(LCC, "better-services", new BigDecimal("0.5")),
            Alignment.of(L2050, "growth-investment"))
        .build());
    return b.addProxyEditions(edition.build()).build();
  }

  private static Alignment[] both(String lccPriority, String l2050Priority) {
    return new Alignment[] {Alignment.of(LCC, lccPriority), Alignment.of(L2050, l2050Priority)};
  }

  private static CountingRules disadvantaged() {
    return CountingRules.builder().firstYearOnly(true).exclusiveGroup("disadvantaged").build();
  }

  private static Adjustments adjustments(
      String deadweight, String displacement, String attribution, String dropOff, int years) {
    return Adjustments.builder()
        .deadweight(new BigDecimal(deadweight)).displacement(new BigDecimal(displacement))
        .attribution(new BigDecimal(attribution)).dropOff(new BigDecimal(dropOff))
        .durationYears(years).build();
  }

  private static void monetised(Framework.Builder framework, ProxyEdition.Builder edition, String code,
      String nationalCode, String title, Unit unit, String outcomeId, String proxy, Adjustments adjustments,
      CountingRules rules, Alignment... alignments) {
    MeasureCode measureCode = MeasureCode.parse(code);
    framework.addMeasures(Measure.builder().code(measureCode).title(title).unit(unit)
        .kind(MeasureKind.MONETISED).outcomeId(outcomeId).addEquivalents(MeasureCode.parse(nationalCode))
        .adjustments(adjustments).countingRules(rules).addAlignments(alignments).build());
    edition.putValues(measureCode, ProxyValue.builder()
        .amount(Amounts.of(new BigDecimal(proxy), GBP)).unit(unit).priceYear(2024)
        .source(SOURCE).licence("illustrative").build());
  }
}
