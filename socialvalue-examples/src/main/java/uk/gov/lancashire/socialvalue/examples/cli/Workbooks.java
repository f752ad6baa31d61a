package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A workbook is read from a file (its parts are found through the zip's directory at its end), so one that
 * arrives on standard input is first copied to a temporary file, deleted when the tool ends.
 */
final class Workbooks {

  private Workbooks() {}

  static Path path(Session session, Input input) {
    if (!Sources.STDIO.equals(input.name)) {
      return Path.of(input.name);
    }
    try {
      Path copy = Files.createTempFile("socialvalue-", ".xlsx");
      copy.toFile().deleteOnExit();
      try (OutputStream out = Files.newOutputStream(copy)) {
        input.stream().transferTo(out);
      }
      return copy;
    } catch (IOException e) {
      throw Failures.badInput(input.name, e);
    }
  }
}
