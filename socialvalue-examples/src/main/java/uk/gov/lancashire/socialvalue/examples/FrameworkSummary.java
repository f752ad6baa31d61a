package uk.gov.lancashire.socialvalue.examples;

import java.util.stream.Collectors;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.Theme;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;

/** Renders a framework as a plain-text summary for the console. */
public final class FrameworkSummary {

  private FrameworkSummary() {}

  /**
   * @param framework the framework
   * @param edition the edition whose proxies to show
   * @return the summary text
   */
  public static String render(Framework framework, ProxyEdition edition) {
    StringBuilder out = new StringBuilder();
    out.append(framework.title()).append(" — edition ").append(framework.edition()).append('\n');
    out.append("Valid ").append(framework.validity().from()).append(" to ").append(framework.validity().to())
        .append(", currency ").append(framework.currency()).append('\n');
    out.append("Proxy edition: ").append(edition.reference()).append(" (licence: ").append(edition.licence())
        .append(")\n\n");
    for (PriorityScheme scheme : framework.schemes()) {
      out.append(scheme.title()).append(":\n");
      for (Priority p : scheme.priorities()) {
        out.append(String.format("  %-55s %2d measures%n", p.title(),
            framework.measuresOfPriority(scheme.id(), p.id()).size()));
      }
    }
    out.append("\nThemes:\n");
    for (Theme theme : framework.themes()) {
      out.append(String.format("  %-55s %2d measures%n", theme.title(), framework.measuresOfTheme(theme.id()).size()));
    }
    out.append(String.format("%nMeasures (%d):%n", framework.measures().size()));
    out.append(String.format("  %-5s %-62s %-18s %-12s %12s%n", "code", "title", "unit", "kind", "proxy"));
    for (Measure m : framework.measures()) {
      String proxy = edition.proxy(m.code())
          .map(p -> "£" + Amounts.decimal(p.amount()).toPlainString())
          .orElse("—");
      out.append(String.format("  %-5s %-62s %-18s %-12s %12s%n", m.code(), m.title(), m.unit().symbol(),
          m.kind().name().toLowerCase().replace('_', '-'), proxy));
    }
    out.append("\nLancashire 2050 alignment of each measure: ")
        .append(framework.measures().stream()
            .map(m -> m.code() + "→" + framework.prioritiesOf(m.code(), LancashireFramework.L2050).stream()
                .map(Priority::id).collect(Collectors.joining("+")))
            .collect(Collectors.joining(", ")))
        .append('\n');
    return out.toString();
  }
}
