package uk.gov.lancashire.socialvalue.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an XLSX workbook (Office Open XML) with the JDK alone, row by row, so a long sheet never sits in
 * memory: text as inline strings (never formulas, so a cell starting with {@code =} stays text), numbers as
 * numbers where a spreadsheet holds them exactly, a bold frozen header row, and optionally a second sheet.
 *
 * <p>A text cell a spreadsheet could take for a formula (starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return; CSV injection) also gets Excel's quote-prefix style, as Excel gives
 * text typed after an apostrophe, so editing the cell in a spreadsheet keeps it text. Its text is unchanged.
 */
final class XlsxWriter implements AutoCloseable {

  /** The cell style (index into {@code cellXfs}) that marks text a spreadsheet must not take for a formula. */
  static final int QUOTE_PREFIX_STYLE = 2;

  private static final Pattern ESCAPE_LIKE = Pattern.compile("_x[0-9A-Fa-f]{4}_");

  private final OutputStream out;
  private final Zip zip;
  private final Writer xml;
  private final List<String> sheetNames;
  private int sheet;
  private long row;

  /**
   * @param out where the workbook goes; closed by {@link #close()}, or at once when writing the workbook's
   *     first parts fails
   * @param sheetNames the sheets' names, written in this order
   * @throws UncheckedIOException when the stream fails (it is closed)
   */
  XlsxWriter(OutputStream out, List<String> sheetNames) {
    this.out = out;
    this.zip = new Zip(out);
    this.xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    this.sheetNames = sheetNames;
    try {
      part("[Content_Types].xml", contentTypes());
      part("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      part("xl/workbook.xml", workbook());
      part("xl/_rels/workbook.xml.rels", workbookRels());
      part("xl/styles.xml", "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/>"
          + "<name val=\"Calibri\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
          + "<fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border><left/><right/>"
          + "<top/><bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\""
          + " fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\""
          + " fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\""
          + " xfId=\"0\" applyFont=\"1\"/><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " quotePrefix=\"1\"/></cellXfs></styleSheet>");
    } catch (IOException e) {
      UncheckedIOException failure = new UncheckedIOException(e);
      abandon(failure);
      throw failure;
    }
  }

  /**
   * Starts the next sheet with a bold header row, frozen.
   *
   * @param header the header cells
   * @param widths column widths in characters
   */
  void startSheet(List<String> header, List<Integer> widths) {
    try {
      if (sheet > 0) {
        endSheet();
      }
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (++sheet) + ".xml"));
      xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
          + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetViews><sheetView workbookViewId=\"0\">"
          + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView>"
          + "</sheetViews><cols>");
      for (int i = 0; i < widths.size(); i++) {
        xml.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + widths.get(i)
            + "\" customWidth=\"1\"/>");
      }
      xml.write("</cols><sheetData>");
      row = 0;
      row(header, Set.of(), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param cells the row's cells
   * @param numeric the columns whose cells are written as numbers when a spreadsheet holds them exactly
   */
  void row(List<String> cells, Set<Integer> numeric) {
    row(cells, numeric, false);
  }

  private void row(List<String> cells, Set<Integer> numeric, boolean bold) {
    try {
      row++;
      xml.write("<row r=\"" + row + "\">");
      for (int c = 0; c < cells.size(); c++) {
        String text = cells.get(c);
        if (text.isEmpty()) {
          continue;
        }
        String ref = CellRef.letters(c) + row;
        String style = bold ? " s=\"1\"" : "";
        if (numeric.contains(c) && exactNumber(text)) {
          xml.write("<c r=\"" + ref + "\"" + style + "><v>" + text + "</v></c>");
        } else {
          if (!bold && FormulaGuard.triggers(text.charAt(0))) {
            style = " s=\"" + QUOTE_PREFIX_STYLE + "\"";
          }
          xml.write("<c r=\"" + ref + "\"" + style + " t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(text)
              + "</t></is></c>");
        }
      }
      xml.write("</row>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A plain decimal of at most 15 significant digits, which a spreadsheet's numbers hold exactly. */
  private static boolean exactNumber(String text) {
    try {
      BigDecimal d = new BigDecimal(text);
      return d.precision() <= 15 && d.toPlainString().equals(text) && d.scale() >= 0
          && (d.scale() == 0 || !text.endsWith("0"));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void endSheet() throws IOException {
    xml.write("</sheetData></worksheet>");
    xml.flush();
    zip.closeEntry();
  }

  /**
   * Finishes the workbook and closes the stream; when finishing fails, the stream is closed all the same.
   *
   * @throws UncheckedIOException when the stream fails
   */
  @Override
  public void close() {
    try {
      endSheet();
      zip.close();
    } catch (IOException e) {
      UncheckedIOException failure = new UncheckedIOException(e);
      abandon(failure);
      throw failure;
    }
  }

  /**
   * Ends the workbook unfinished after a failure: releases the compressor and closes the stream; what closing
   * throws is added to the failure as suppressed. (Closing the zip itself would try to finish it again on a
   * stream that has failed, and on Java 17 would then leave the stream under it open.)
   *
   * @param failure the failure that ends the workbook
   */
  void abandon(Throwable failure) {
    zip.release();
    try {
      out.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private void part(String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    xml.write(content);
    xml.flush();
    zip.closeEntry();
  }

  private String contentTypes() {
    StringBuilder s = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
        + "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    for (int i = 1; i <= sheetNames.size(); i++) {
      s.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    return s.append("</Types>").toString();
  }

  private String workbook() {
    StringBuilder s = new StringBuilder("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
    for (int i = 1; i <= sheetNames.size(); i++) {
      s.append("<sheet name=\"").append(escape(sheetNames.get(i - 1))).append("\" sheetId=\"").append(i)
          .append("\" r:id=\"rId").append(i).append("\"/>");
    }
    return s.append("</sheets></workbook>").toString();
  }

  private String workbookRels() {
    StringBuilder s = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
        + "relationships\">");
    for (int i = 1; i <= sheetNames.size(); i++) {
      s.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
    }
    s.append("<Relationship Id=\"rId").append(sheetNames.size() + 1).append("\" Type=\"http://schemas.openxmlformats"
        + ".org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
    return s.append("</Relationships>").toString();
  }

  /** XML text, with characters XML cannot hold, and text that looks like such an escape, as {@code _xHHHH_}. */
  static String escape(String text) {
    String guarded = ESCAPE_LIKE.matcher(text).replaceAll(m -> "_x005F" + m.group());
    StringBuilder s = new StringBuilder(guarded.length());
    for (int i = 0; i < guarded.length(); i++) {
      char c = guarded.charAt(i);
      switch (c) {
        case '&': s.append("&amp;"); break;
        case '<': s.append("&lt;"); break;
        case '>': s.append("&gt;"); break;
        case '"': s.append("&quot;"); break;
        case '\r': s.append("_x000D_"); break;
        default:
          if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF) {
            s.append(String.format("_x%04X_", (int) c));
          } else {
            s.append(c);
          }
      }
    }
    return s.toString();
  }

  /** A zip stream whose compressor can be released without finishing the zip. */
  private static final class Zip extends ZipOutputStream {
    Zip(OutputStream out) {
      super(out, StandardCharsets.UTF_8);
    }

    void release() {
      def.end();
    }
  }
}
