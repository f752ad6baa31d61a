package uk.gov.lancashire.socialvalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Compiles every {@code ```java} block of the README against the SDK, so a snippet cannot name a type, method or
 * package that does not exist. A block starts with the imports it needs; the variables it assumes are declared in
 * an HTML comment on the line before it, {@code <!-- given: Tender tender, List<Bid> bids -->}, and become the
 * parameters of the method the block is compiled in.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final String GIVEN = "<!-- given:";

  @Test
  void everyJavaSnippetCompilesWithTheImportsItShows() throws IOException {
    List<Snippet> snippets = snippets(Files.readAllLines(README, StandardCharsets.UTF_8));
    assertThat(snippets).as("```java blocks in README.md").isNotEmpty();
    for (Snippet s : snippets) {
      assertThat(s.imports).as("imports shown at the top of the README block at line %d", s.readmeLine).isNotEmpty();
    }

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = Files.createDirectories(Path.of("target", "readme-snippets"));
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", classPath(), "-d", out.toString(), "-proc:none",
          "-Xlint:-options", "--release", "17");
      boolean compiled = javac.getTask(null, files, diagnostics, options, null,
          snippets.stream().map(Snippet::source).collect(Collectors.toList())).call();
      String problems = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> readmeLocation(snippets, d) + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
      assertThat(problems).as("README snippets that do not compile").isEmpty();
      assertThat(compiled).isTrue();
    }
  }

  /** The test class path: Surefire names it in surefire.test.class.path (java.class.path is its booter jar). */
  private static String classPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static List<Snippet> snippets(List<String> lines) {
    List<Snippet> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).equals("```java")) {
        continue;
      }
      String given = i > 0 && lines.get(i - 1).startsWith(GIVEN)
          ? lines.get(i - 1).substring(GIVEN.length(), lines.get(i - 1).lastIndexOf("-->")).strip()
          : "";
      List<String> imports = new ArrayList<>();
      List<String> body = new ArrayList<>();
      int firstBodyLine = -1;
      int j = i + 1;
      for (; !lines.get(j).startsWith("```"); j++) {
        String line = lines.get(j);
        if (body.isEmpty() && (line.startsWith("import ") || line.isBlank())) {
          if (!line.isBlank()) {
            imports.add(line);
          }
        } else {
          if (firstBodyLine < 0) {
            firstBodyLine = j + 1;
          }
          body.add(line);
        }
      }
      found.add(new Snippet(found.size() + 1, i + 1, firstBodyLine, imports, given, body));
      i = j;
    }
    return found;
  }

  private static String readmeLocation(List<Snippet> snippets, Diagnostic<? extends JavaFileObject> d) {
    for (Snippet s : snippets) {
      if (d.getSource() != null && d.getSource().getName().endsWith(s.className() + ".java")) {
        long bodyLine = d.getLineNumber() - s.headerLines();
        return "README.md:" + (bodyLine >= 1 ? s.firstBodyLine + bodyLine - 1 : s.readmeLine);
      }
    }
    return String.valueOf(d.getSource());
  }

  private record Snippet(int number, int readmeLine, int firstBodyLine, List<String> imports, String given,
      List<String> body) {

    String className() {
      return "ReadmeSnippet" + number;
    }

    int headerLines() {
      return imports.size() + 1;
    }

    JavaFileObject source() {
      String text = String.join("\n", imports) + "\n"
          + "class " + className() + " { void run(" + given + ") throws Exception {\n"
          + String.join("\n", body) + "\n}}\n";
      return new SimpleJavaFileObject(URI.create("string:///" + className() + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return text;
        }
      };
    }
  }
}
