package uk.gov.lancashire.socialvalue.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parsed command line: a command, options ({@code --json}, {@code --area ID}) and files. */
final class Arguments {

  private static final List<String> WITH_VALUE = List.of("--area", "--out");

  private final String command;
  private final Map<String, String> options;
  private final List<String> files;

  private Arguments(String command, Map<String, String> options, List<String> files) {
    this.command = command;
    this.options = options;
    this.files = files;
  }

  static Arguments parse(String[] args) {
    String command = null;
    Map<String, String> options = new LinkedHashMap<>();
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--")) {
        if (WITH_VALUE.contains(arg)) {
          options.put(arg, i + 1 < args.length ? args[++i] : null);
        } else {
          options.put(arg, "");
        }
      } else if (command == null) {
        command = arg;
      } else {
        files.add(arg);
      }
    }
    return new Arguments(command, options, files);
  }

  String command() {
    return command;
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }

  Optional<String> option(String name) {
    if (options.containsKey(name) && options.get(name) == null) {
      throw new SocialValueCli.UsageException(name + " needs a value");
    }
    return Optional.ofNullable(options.get(name));
  }

  List<String> files() {
    return files;
  }

  List<String> unknownOptions(List<String> flags, List<String> withValue) {
    List<String> unknown = new ArrayList<>();
    options.keySet().stream().filter(o -> !flags.contains(o) && !withValue.contains(o)).forEach(unknown::add);
    return unknown;
  }
}
