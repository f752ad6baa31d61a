package uk.gov.lancashire.socialvalue.examples.cli;

/**
 * One problem the tool reports: the file it is in, where in the file (a JSON path such as {@code
 * $.records[3].quantity}, a cell such as {@code Returns!D7}, or a line and column), and what is wrong.
 *
 * @param file the file's name as given, {@code -} for standard input, empty when no file is concerned
 * @param path where in the file, empty for the file itself
 * @param message what is wrong, in words a user can act on
 */
record CliProblem(String file, String path, String message) {

  static CliProblem of(String file, String message) {
    return new CliProblem(file, "", message);
  }

  /** @return {@code file: path: message}, leaving out what is empty */
  @Override
  public String toString() {
    return (file.isEmpty() ? "" : file + ": ") + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
