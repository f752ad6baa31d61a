package uk.gov.lancashire.socialvalue.sheets;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cells of an XLSX workbook (Office Open XML, ECMA-376) as a stream, with the JDK alone: the zip
 * container through {@link ZipFile}, each XML part through StAX, one row at a time. Cells give their stored
 * text exactly (a number as Excel stored it, never through a display format or a {@code double}); shared
 * strings are held in memory, as every XLSX reader must, within a limit.
 *
 * <p>Hostile files are refused early: no DTDs or external entities; a part that inflates more than {@link
 * #MAX_INFLATION} times its compressed size or beyond {@link #MAX_PART_BYTES} stops the read (a zip bomb);
 * shared strings beyond {@link #MAX_SHARED_CHARS} characters, a cell longer than a spreadsheet allows and a
 * row wider than {@link CsvRows#MAX_COLUMNS} columns stop it too.
 */
final class XlsxReader implements AutoCloseable {

  /** How many times its compressed size a part may inflate to. */
  static final int MAX_INFLATION = 200;
  /** The most bytes a part may inflate to. */
  static final long MAX_PART_BYTES = 4L * 1024 * 1024 * 1024;
  /** The most characters all shared strings together may hold. */
  static final long MAX_SHARED_CHARS = 64L * 1024 * 1024;

  private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final ZipFile zip;
  private final XMLInputFactory xml;
  private @Nullable List<String> shared;

  private XlsxReader(ZipFile zip) {
    this.zip = zip;
    this.xml = XMLInputFactory.newFactory();
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    xml.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  static XlsxReader open(Path file) {
    try {
      return new XlsxReader(new ZipFile(file.toFile()));
    } catch (ZipException e) {
      throw new SheetLimitException("not an XLSX workbook (not a readable zip file)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the sheets' names and their parts, in workbook order */
  Map<String, String> sheets() {
    Map<String, String> targets = new LinkedHashMap<>();
    read("xl/_rels/workbook.xml.rels", r -> {
      if (r.isStartElement() && r.getLocalName().equals("Relationship")) {
        String target = r.getAttributeValue(null, "Target");
        String id = r.getAttributeValue(null, "Id");
        if (target != null && id != null) {
          targets.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
        }
      }
    });
    Map<String, String> sheets = new LinkedHashMap<>();
    read("xl/workbook.xml", r -> {
      if (r.isStartElement() && r.getLocalName().equals("sheet")) {
        String target = targets.get(r.getAttributeValue(REL_NS, "id"));
        if (target != null) {
          sheets.put(r.getAttributeValue(null, "name"), target);
        }
      }
    });
    return sheets;
  }

  /**
   * Streams a sheet's rows.
   *
   * @param part the sheet's part, from {@link #sheets()}
   * @param sheet the sheet's name, for messages
   * @param rows receives each row's number and its cells by column index (gaps blank)
   */
  void rows(String part, String sheet, BiConsumer<Long, List<String>> rows) {
    loadSharedStrings();
    List<String> cells = new ArrayList<>();
    long[] row = {0};
    int[] column = {-1};
    String[] type = {null};
    StringBuilder value = new StringBuilder();
    boolean[] inValue = {false};
    read(part, r -> {
      int event = r.getEventType();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "row":
            String number = r.getAttributeValue(null, "r");
            row[0] = number == null ? row[0] + 1 : parseRow(number, sheet, row[0]);
            cells.clear();
            column[0] = -1;
            break;
          case "c":
            String ref = r.getAttributeValue(null, "r");
            column[0] = ref == null ? column[0] + 1 : column(ref, sheet, row[0]);
            if (column[0] >= CsvRows.MAX_COLUMNS) {
              throw new SheetLimitException(sheet + ": row " + row[0] + " has more than " + CsvRows.MAX_COLUMNS
                  + " columns");
            }
            type[0] = r.getAttributeValue(null, "t");
            value.setLength(0);
            break;
          case "v":
          case "t":
            inValue[0] = true;
            break;
          default:
        }
      } else if (event == XMLStreamConstants.CHARACTERS && inValue[0]) {
        if (value.length() + r.getTextLength() > CsvRows.MAX_CELL_LENGTH) {
          throw new SheetLimitException(CellRef.of(sheet, row[0], Math.max(column[0], 0)) + ": longer than "
              + CsvRows.MAX_CELL_LENGTH + " characters, the most a spreadsheet cell holds");
        }
        value.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (r.getLocalName()) {
          case "v":
          case "t":
            inValue[0] = false;
            break;
          case "c":
            while (cells.size() < column[0]) {
              cells.add("");
            }
            cells.add(cellText(type[0], value.toString(), sheet, row[0], column[0]));
            break;
          case "row":
            rows.accept(row[0], List.copyOf(cells));
            break;
          default:
        }
      }
    });
  }

  private String cellText(@Nullable String type, String raw, String sheet, long row, int column) {
    if (type == null || type.equals("n")) {
      return number(raw);
    }
    switch (type) {
      case "s":
        try {
          int index = Integer.parseInt(raw.trim());
          if (index >= 0 && index < shared.size()) {
            return shared.get(index);
          }
        } catch (NumberFormatException e) {
          // reported below
        }
        throw new SheetLimitException(CellRef.of(sheet, row, column) + ": refers to shared string '" + raw
            + "', which the workbook does not have");
      case "b":
        return raw.equals("1") ? "TRUE" : "FALSE";
      default:
        return unescape(raw);
    }
  }

  /** A number as stored; an exponent form is written out plainly when that stays short. */
  private static String number(String raw) {
    String text = raw.trim();
    if (text.indexOf('E') < 0 && text.indexOf('e') < 0) {
      return text;
    }
    try {
      BigDecimal d = new BigDecimal(text);
      if (text.length() <= 40 && Math.abs(d.scale()) <= 40) {
        return d.toPlainString();
      }
    } catch (NumberFormatException e) {
      // kept as stored; the decoder reports it
    }
    return text;
  }

  private void loadSharedStrings() {
    if (shared != null) {
      return;
    }
    shared = new ArrayList<>();
    if (zip.getEntry("xl/sharedStrings.xml") == null) {
      return;
    }
    StringBuilder item = new StringBuilder();
    boolean[] inText = {false};
    int[] phonetic = {0};
    long[] total = {0};
    read("xl/sharedStrings.xml", r -> {
      int event = r.getEventType();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "si": item.setLength(0); break;
          case "t": inText[0] = phonetic[0] == 0; break;
          case "rPh": phonetic[0]++; break;
          default:
        }
      } else if (event == XMLStreamConstants.CHARACTERS && inText[0]) {
        total[0] += r.getTextLength();
        if (total[0] > MAX_SHARED_CHARS || item.length() + r.getTextLength() > CsvRows.MAX_CELL_LENGTH) {
          throw new SheetLimitException("the workbook's shared strings hold more than a spreadsheet allows");
        }
        item.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (r.getLocalName()) {
          case "si": shared.add(unescape(item.toString())); break;
          case "t": inText[0] = false; break;
          case "rPh": phonetic[0]--; break;
          default:
        }
      }
    });
  }

  private interface Handler {
    void handle(XMLStreamReader r) throws XMLStreamException;
  }

  private void read(String part, Handler handler) {
    ZipEntry entry = zip.getEntry(part);
    if (entry == null) {
      throw new SheetLimitException("not an XLSX workbook: it has no part " + part);
    }
    try (InputStream in = bounded(zip.getInputStream(entry), entry, part)) {
      XMLStreamReader r = xml.createXMLStreamReader(in);
      try {
        while (r.hasNext()) {
          r.next();
          handler.handle(r);
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw new SheetLimitException("not an XLSX workbook: part " + part + " is not well-formed XML"
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream bounded(InputStream in, ZipEntry entry, String part) {
    long compressed = Math.max(entry.getCompressedSize(), 1);
    long limit = Math.min(MAX_PART_BYTES, Math.max(compressed * MAX_INFLATION, 1024 * 1024));
    return new FilterInputStream(in) {
      private long read;

      @Override
      public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        count(Math.max(n, 0));
        return n;
      }

      private void count(int n) {
        read += n;
        if (read > limit) {
          throw new SheetLimitException("part " + part + " inflates to more than " + MAX_INFLATION
              + " times its compressed size; refused as a possible zip bomb");
        }
      }
    };
  }

  private static long parseRow(String text, String sheet, long previous) {
    try {
      long row = Long.parseLong(text.trim());
      if (row > previous) {
        return row;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new SheetLimitException(sheet + ": row number '" + text + "' after row " + previous + " is out of order");
  }

  private static int column(String ref, String sheet, long row) {
    int i = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
      i++;
    }
    int column = CellRef.index(ref.substring(0, i));
    if (column < 0) {
      throw new SheetLimitException(sheet + ": cell reference '" + ref + "' in row " + row + " is not valid");
    }
    return column;
  }

  /** Decodes the {@code _xHHHH_} escapes OOXML uses for characters XML cannot hold (ECMA-376 ST_Xstring). */
  static String unescape(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    StringBuilder s = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (i + 7 <= text.length() && text.charAt(i) == '_' && text.charAt(i + 1) == 'x' && text.charAt(i + 6) == '_'
          && isHex(text, i + 2, i + 6)) {
        s.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 7;
      } else {
        s.append(text.charAt(i++));
      }
    }
    return s.toString();
  }

  private static boolean isHex(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
