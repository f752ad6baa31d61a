package uk.gov.lancashire.socialvalue.examples.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The forms delivery records are written in; chosen by {@code --to} or by the output file's extension. */
enum SheetFormat {
  /** A JSON delivery report. */
  JSON,
  /** CSV in the returns template's columns. */
  CSV,
  /** An XLSX workbook in the returns template's columns. */
  XLSX;

  static SheetFormat of(@Nullable SheetFormat given, String out, SheetFormat forStdout) {
    if (given != null) {
      return given;
    }
    if (Sources.STDIO.equals(out)) {
      return forStdout;
    }
    String name = out.toLowerCase(Locale.ROOT);
    for (SheetFormat f : values()) {
      if (name.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw CliException.usage("cannot tell the format of " + out + " from its name; say --to json, csv or xlsx");
  }
}
