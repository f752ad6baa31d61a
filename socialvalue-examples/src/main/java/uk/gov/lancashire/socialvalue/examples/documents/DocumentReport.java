package uk.gov.lancashire.socialvalue.examples.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import uk.gov.lancashire.socialvalue.examples.report.HtmlReport;
import uk.gov.lancashire.socialvalue.examples.report.TextPage;

/**
 * A report over the user's own documents: one section for each part the documents given are enough for,
 * in reading order, on the console and as a self-contained HTML file for a committee.
 *
 * <p>Adding a page: implement {@link ReportSection} and add it to {@link #STANDARD_SECTIONS}.
 */
public final class DocumentReport {

  /** The sections of the standard report, in reading order; each appears only when it applies. */
  public static final List<ReportSection> STANDARD_SECTIONS = List.of(
      new SourcesSection(),
      new FrameworkSection(),
      new NeedsSection(),
      new TenderSection(),
      new ContractSection(),
      new DeliverySection(),
      new ValuationSection(),
      new StrategySection());

  private final ReportInputs inputs;
  private final List<ReportSection> sections;

  private DocumentReport(ReportInputs inputs, List<ReportSection> sections) {
    this.inputs = inputs;
    this.sections = sections.stream().filter(s -> s.appliesTo(inputs)).collect(Collectors.toList());
  }

  /**
   * @param inputs the documents
   * @return the standard report over them
   */
  public static DocumentReport of(ReportInputs inputs) {
    return of(inputs, STANDARD_SECTIONS);
  }

  /**
   * @param inputs the documents
   * @param sections the sections to consider, in reading order
   * @return the report
   */
  public static DocumentReport of(ReportInputs inputs, List<ReportSection> sections) {
    return new DocumentReport(inputs, sections);
  }

  /** @return the sections that apply to the documents given, in order */
  public List<ReportSection> sections() {
    return sections;
  }

  /** @return the documents the report is made from */
  public ReportInputs inputs() {
    return inputs;
  }

  /** @return the report's title */
  public String title() {
    return inputs.framework().map(f -> f.title() + ": social value report").orElse("Social value report");
  }

  /** @return the self-contained HTML report */
  public String html() {
    HtmlReport html = HtmlReport.titled(title()).footer(inputs.generated(), inputs.sources());
    for (ReportSection section : sections) {
      html.section(section.id(), section.heading(inputs));
      section.write(inputs, html);
    }
    return html.render();
  }

  /** @return the report as console text */
  public String console() {
    TextPage text = new TextPage(title());
    for (ReportSection section : sections) {
      text.section(section.heading(inputs));
      section.write(inputs, text);
    }
    return text.render();
  }

  /**
   * Writes {@link #html()} to a file, creating its folder.
   *
   * @param file where to write
   * @return the file's absolute, normalised path
   * @throws IOException when it cannot be written
   */
  public Path writeHtml(Path file) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    Files.createDirectories(absolute.getParent());
    Files.writeString(absolute, html(), StandardCharsets.UTF_8);
    return absolute;
  }
}
