package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;

/** What every command of one run shares: the standard streams, the JSON reader, whether to show progress. */
final class Session {

  final InputStream in;
  final PrintStream out;
  final PrintStream err;
  final SocialValueJson json = SocialValueJson.standard();
  private final boolean interactive;
  private boolean stdinUsed;

  Session(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.interactive = interactive;
  }

  /** @return true when a person watches the terminal, so a progress line helps */
  boolean interactive() {
    return interactive;
  }

  /** Standard input can be read once per run: a second {@code -} is wrong usage. */
  void claimStdin() {
    if (stdinUsed) {
      throw CliException.usage("standard input (-) can be named only once");
    }
    stdinUsed = true;
  }
}
