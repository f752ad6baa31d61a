package uk.gov.lancashire.socialvalue.examples.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the self-contained HTML report: no scripts, no fonts, no external files.
 *
 * <p>Bar lengths are pixel positions, so they are computed in {@code double}; every figure printed on a
 * chart is the exact amount formatted by {@link Pounds}.
 */
public final class Charts {

  private static final int WIDTH = 680;
  private static final int LABEL = 320;
  private static final int BAR = 22;
  /**
   * Chart colours, each at least 3:1 against the white page (WCAG 2.1, 1.4.11 non-text contrast): blue
   * 6.9:1, dark orange 4.6:1, green 4.5:1, plum 7.0:1; a test computes them.
   */
  public static final List<String> COLOURS = List.of("#1f5f8b", "#b35900", "#3a7a2e", "#8a2f5e");
  /** The colour of a negative bar (8.0:1 on white). */
  public static final String NEGATIVE = "#a31515";

  private Charts() {}

  /** A labelled value for a bar chart. */
  public static final class Bar {
    final String label;
    final BigDecimal value;

    private Bar(String label, BigDecimal value) {
      this.label = label;
      this.value = value;
    }

    /**
     * @param label the label
     * @param value the exact value
     * @return the bar
     */
    public static Bar of(String label, BigDecimal value) {
      return new Bar(label, value);
    }
  }

  /** A label with two values side by side, e.g. committed and delivered. */
  public static final class Pair {
    final String label;
    final BigDecimal first;
    final BigDecimal second;

    private Pair(String label, BigDecimal first, BigDecimal second) {
      this.label = label;
      this.first = first;
      this.second = second;
    }

    /**
     * @param label the label
     * @param first the first value
     * @param second the second value
     * @return the pair
     */
    public static Pair of(String label, BigDecimal first, BigDecimal second) {
      return new Pair(label, first, second);
    }
  }

  /** A tornado row: the output when one input is at its low and its high value. */
  public static final class Swing {
    final String label;
    final BigDecimal low;
    final BigDecimal high;

    private Swing(String label, BigDecimal low, BigDecimal high) {
      this.label = label;
      this.low = low;
      this.high = high;
    }

    /**
     * @param label the input that moves
     * @param low the output at the input's low value
     * @param high the output at the input's high value
     * @return the swing
     */
    public static Swing of(String label, BigDecimal low, BigDecimal high) {
      return new Swing(label, low, high);
    }
  }

  /**
   * A horizontal bar chart.
   *
   * @param title accessible title
   * @param bars the bars, drawn in order
   * @return the SVG element
   */
  public static String bars(String title, List<Bar> bars) {
    double max = bars.stream().mapToDouble(b -> Math.abs(b.value.doubleValue())).max().orElse(1);
    int height = bars.size() * (BAR + 8) + 10;
    StringBuilder svg = open(title, height);
    int y = 5;
    for (Bar b : bars) {
      double w = scale(b.value.abs().doubleValue(), max, WIDTH - LABEL - 110);
      svg.append(text(LABEL - 6, y + 15, "end", b.label));
      svg.append(rect(LABEL, y, w, BAR, b.value.signum() < 0 ? NEGATIVE : COLOURS.get(0)));
      svg.append(text(LABEL + w + 6, y + 15, "start", Pounds.whole(b.value)));
      y += BAR + 8;
    }
    return svg.append("</svg>").toString();
  }

  /**
   * A grouped bar chart of two series, e.g. committed against delivered per quarter.
   *
   * @param title accessible title
   * @param firstName name of the first series
   * @param secondName name of the second series
   * @param pairs the groups
   * @return the SVG element
   */
  public static String pairs(String title, String firstName, String secondName, List<Pair> pairs) {
    double max = pairs.stream()
        .mapToDouble(p -> Math.max(Math.abs(p.first.doubleValue()), Math.abs(p.second.doubleValue()))).max().orElse(1);
    int height = pairs.size() * (2 * BAR / 1 + 14) + 40;
    StringBuilder svg = open(title, height);
    svg.append(rect(LABEL, 5, 12, 12, COLOURS.get(0))).append(text(LABEL + 16, 15, "start", firstName));
    svg.append(rect(LABEL + 150, 5, 12, 12, COLOURS.get(1))).append(text(LABEL + 166, 15, "start", secondName));
    int y = 30;
    for (Pair p : pairs) {
      double w1 = scale(p.first.abs().doubleValue(), max, WIDTH - LABEL - 110);
      double w2 = scale(p.second.abs().doubleValue(), max, WIDTH - LABEL - 110);
      svg.append(text(LABEL - 6, y + BAR, "end", p.label));
      svg.append(rect(LABEL, y, w1, BAR - 4, COLOURS.get(0)))
          .append(text(LABEL + w1 + 6, y + 13, "start", Pounds.whole(p.first)));
      svg.append(rect(LABEL, y + BAR, w2, BAR - 4, COLOURS.get(1)))
          .append(text(LABEL + w2 + 6, y + BAR + 13, "start", Pounds.whole(p.second)));
      y += 2 * BAR + 14;
    }
    return svg.append("</svg>").toString();
  }

  /**
   * A tornado chart: for each input, a bar from the output at its low value to the output at its high
   * value, around a base line.
   *
   * @param title accessible title
   * @param base the output with every input at its central value
   * @param baseLabel how to label the base line, e.g. {@code base 1.95 : 1}
   * @param swings the rows, widest first is conventional
   * @return the SVG element
   */
  public static String tornado(String title, BigDecimal base, String baseLabel, List<Swing> swings) {
    double lo = base.doubleValue();
    double hi = base.doubleValue();
    for (Swing s : swings) {
      lo = Math.min(lo, Math.min(s.low.doubleValue(), s.high.doubleValue()));
      hi = Math.max(hi, Math.max(s.low.doubleValue(), s.high.doubleValue()));
    }
    double[] ticks = ticks(lo, hi);
    lo = Math.min(lo, ticks[0]);
    hi = Math.max(hi, ticks[ticks.length - 1]);
    double span = hi - lo == 0 ? 1 : hi - lo;
    int left = LABEL;
    int plot = WIDTH - LABEL - 60;
    int height = swings.size() * (BAR + 8) + 62;
    StringBuilder svg = open(title, height);
    int y = 5;
    for (Swing s : swings) {
      BigDecimal min = s.low.min(s.high);
      BigDecimal max = s.low.max(s.high);
      double x1 = left + (min.doubleValue() - lo) / span * plot;
      double x2 = left + (max.doubleValue() - lo) / span * plot;
      svg.append(text(left - 34, y + 15, "end", s.label.length() > 44 ? s.label.substring(0, 43) + "…" : s.label));
      svg.append(rect(x1, y, Math.max(1, x2 - x1), BAR, COLOURS.get(0)));
      svg.append(text(x1 - 3, y + 15, "end", Pounds.number(min, 2)));
      svg.append(text(x2 + 3, y + 15, "start", Pounds.number(max, 2)));
      y += BAR + 8;
    }
    double xb = left + (base.doubleValue() - lo) / span * plot;
    svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\"/>",
        xb, xb, y));
    // the axis: a line with ticks and the SROI ratio at each
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>",
        left, y + 2, left + plot, y + 2));
    for (double t : ticks) {
      double xt = left + (t - lo) / span * plot;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\"/>",
          xt, y + 2, xt, y + 7));
      svg.append(text(xt, y + 19, "middle", Pounds.number(BigDecimal.valueOf(t), 2)));
    }
    svg.append(text(left + plot / 2.0, y + 34, "middle", "SROI ratio (£ of value per £1 invested); " + baseLabel));
    return svg.append("</svg>").toString();
  }

  /** Round tick values covering [lo, hi]: 1, 2 or 5 times a power of ten apart, about five of them. */
  static double[] ticks(double lo, double hi) {
    double range = hi - lo <= 0 ? Math.max(Math.abs(hi), 1) : hi - lo;
    double raw = range / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = raw / magnitude < 1.5 ? magnitude : raw / magnitude < 3.5 ? 2 * magnitude
        : raw / magnitude < 7.5 ? 5 * magnitude : 10 * magnitude;
    double first = Math.floor(lo / step) * step;
    double last = Math.ceil(hi / step) * step;
    int n = (int) Math.round((last - first) / step) + 1;
    double[] ticks = new double[n];
    for (int i = 0; i < n; i++) {
      ticks[i] = first + i * step;
    }
    return ticks;
  }

  private static double scale(double value, double max, int width) {
    return max == 0 ? 0 : value / max * width;
  }

  private static StringBuilder open(String title, int height) {
    return new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " font-family=\"sans-serif\" font-size=\"11\"><title>%s</title>",
        WIDTH, height, WIDTH, height, Html.escape(title)));
  }

  private static String rect(double x, double y, double w, double h, String fill) {
    return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
        x, y, w, h, fill);
  }

  private static String text(double x, double y, String anchor, String text) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>",
        x, y, anchor, Html.escape(text));
  }
}
