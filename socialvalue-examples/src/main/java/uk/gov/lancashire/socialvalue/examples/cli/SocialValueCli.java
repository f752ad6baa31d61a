package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code socialvalue}: a command-line tool over the SDK's documents and supplier spreadsheets, so a council
 * can run it on its own data and a system written in any language can call the engine. Run {@code java -jar
 * socialvalue.jar --help}.
 *
 * <p>Conventions (picocli): {@code -h}/{@code --help} and {@code -V}/{@code --version} on every command;
 * {@code --opt value} or {@code --opt=value}; {@code --} ends the options; {@code -} names standard input or
 * output. {@code --json} on every command writes one JSON document on standard output: the result, or on
 * failure a {@code socialvalue/problems} document.
 *
 * <p>Exit codes: 0 success; 1 bad input (one line per problem on standard error, each naming the file and
 * the place: a JSON path, a cell, a line and column); 2 wrong usage. No stack trace or Java class name is ever
 * shown.
 */
@Command(name = "socialvalue", mixinStandardHelpOptions = true, versionProvider = SocialValueCli.Version.class,
    usageHelpWidth = 100,
    description = "Measure the social value of council contracts from your own documents and supplier returns.",
    footerHeading = "%n", footer = {
        "Files: SDK JSON documents (any \"format\"), and delivery records as a JSON delivery report,",
        "CSV or XLSX in the returns template (see 'template'). Name - for standard input or output;",
        "-- ends the options. Every command takes -h for its own help.",
        "",
        "Exit codes: 0 success, 1 bad input (one line per problem on standard error), 2 wrong usage.",
        "With --json a failure prints a socialvalue/problems document on standard output instead."})
public final class SocialValueCli implements Callable<Integer> {

  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code for bad input. */
  public static final int BAD_INPUT = 1;
  /** Exit code for wrong usage. */
  public static final int USAGE = 2;

  private static final Logger MONETA = Logger.getLogger("org.javamoney.moneta");

  private SocialValueCli() {}

  @Override
  public Integer call() {
    throw CliException.usage("no command given");
  }

  /**
   * The command line entry point.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code;
    try {
      code = run(args, System.in, System.out, System.err, System.console() != null);
    } catch (OutOfMemoryError e) {
      System.err.println("socialvalue: out of memory; give Java more (java -Xmx2g -jar ...) or split the input");
      code = BAD_INPUT;
    } catch (Throwable e) {
      System.err.println("socialvalue: an unexpected failure (" + e.getClass().getSimpleName() + " at "
          + Failures.where(e) + "); please report it with the command you ran");
      code = BAD_INPUT;
    }
    System.exit(code);
  }

  /**
   * Runs one command with no standard input, for tests and embedding.
   *
   * @param args the command line
   * @param out where results go
   * @param err where problems go
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, InputStream.nullInputStream(), out, err, false);
  }

  /**
   * Runs one command.
   *
   * @param args the command line
   * @param in standard input
   * @param out where results go
   * @param err where problems and progress go
   * @param interactive whether a person watches, so a progress line helps
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean interactive) {
    MONETA.setLevel(Level.WARNING);
    Session session = new Session(in, out, err, interactive);
    boolean json = jsonRequested(args);
    CommandLine cli = new CommandLine(new SocialValueCli())
        .addSubcommand(new ValidateCommand(session))
        .addSubcommand(new ValueCommand(session))
        .addSubcommand(new EvaluateCommand(session))
        .addSubcommand(new NeedsCommand(session))
        .addSubcommand(new ReportCommand(session))
        .addSubcommand(new TemplateCommand(session))
        .addSubcommand(new ConvertCommand(session))
        .addSubcommand(new CommandLine.HelpCommand());
    cli.getSubcommands().values().forEach(c -> c.getCommandSpec().versionProvider(new Version()));
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((e, arguments) -> fail(session, json,
        CliException.usage(e.getMessage() == null ? "wrong usage" : e.getMessage())));
    cli.setExecutionExceptionHandler((e, command, parsed) -> fail(session, json, e instanceof CliException
        ? (CliException) e : CliException.badInput(Failures.problems("", e))));
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static int fail(Session session, boolean json, CliException e) {
    if (json) {
      ObjectNode doc = JsonOut.document(session, JsonOut.PROBLEMS);
      doc.put("exitCode", e.exitCode());
      JsonOut.problems(doc, e.problems());
      JsonOut.print(session, doc);
    } else if (e.exitCode() == USAGE) {
      e.problems().forEach(p -> session.err.println("socialvalue: " + p.message() + "; run with --help for usage"));
    } else {
      e.problems().forEach(session.err::println);
    }
    return e.exitCode();
  }

  /** @return true when {@code --json} comes before any {@code --} */
  private static boolean jsonRequested(String[] args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (arg.equals("--json")) {
        return true;
      }
    }
    return false;
  }

  /** Prints an outcome of a command that found problems, then returns its exit code. */
  static int problems(Session session, boolean json, List<CliProblem> problems) {
    return fail(session, json, CliException.badInput(problems));
  }

  /** The version, from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = SocialValueCli.class.getPackage().getImplementationVersion();
      return new String[] {"socialvalue " + (v == null ? "(development build)" : v)};
    }
  }
}
