package uk.gov.lancashire.socialvalue.examples.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class Options {

  private Options() {}

  /** {@code --json}. */
  static final class Json {
    @Option(names = "--json", description = "Write one JSON document on standard output: the result, or the"
        + " problems when the command fails.")
    boolean on;
  }

  /** {@code --progress}. */
  static final class ShowProgress {
    @Option(names = "--progress", negatable = true, description = "Show a progress line on standard error while"
        + " reading (default: only when run in a terminal).")
    @Nullable Boolean on;

    boolean on(Session session) {
      return on == null ? session.interactive() : on;
    }
  }
}
