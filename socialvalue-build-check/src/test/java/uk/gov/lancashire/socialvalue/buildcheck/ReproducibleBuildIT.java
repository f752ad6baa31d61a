package uk.gov.lancashire.socialvalue.buildcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Builds the published modules a second time, from a fresh copy of the sources, and compares every jar
 * (classes, sources, javadoc) with this build's byte for byte. project.build.outputTimestamp fixes entry times;
 * anything else that leaks the clock, the path or the order of a directory listing shows up here. The first build
 * must itself be clean (CI builds a fresh clone; locally run {@code mvn clean verify}): an incremental build can
 * keep classes or javadoc pages of code that has since moved, and this check reports them.
 */
class ReproducibleBuildIT {

  private static final List<String> CLASSIFIERS = List.of("", "-sources", "-javadoc");
  private static final Set<String> NOT_COPIED = Set.of("target", ".git", ".jqwik-database", ".idea");

  @Test
  void twoCleanBuildsGiveIdenticalJars() throws Exception {
    String version = System.getProperty("socialvalue.version");
    List<String> artifacts = Poms.bomArtifacts();
    List<Path> jars = new ArrayList<>();
    for (String artifact : artifacts) {
      for (String classifier : CLASSIFIERS) {
        Path jar = Path.of(artifact, "target", artifact + "-" + version + classifier + ".jar");
        assertThat(Poms.ROOT.resolve(jar))
            .as("%s: socialvalue-build-check must build after every published module (add it as a test dependency)",
                jar)
            .exists();
        jars.add(jar);
      }
    }

    Path copy = Path.of("target", "second-build").toAbsolutePath();
    deleteTree(copy);
    copyTree(Poms.ROOT, copy);
    rebuild(copy, artifacts);

    List<String> differences = new ArrayList<>();
    for (Path jar : jars) {
      Path first = Poms.ROOT.resolve(jar);
      Path second = copy.resolve(jar);
      if (!sha256(first).equals(sha256(second))) {
        differences.add(jar + " differs: " + entriesThatDiffer(first, second));
      }
    }
    assertThat(differences).as("jars that two clean builds made differently").isEmpty();
  }

  private static void rebuild(Path copy, List<String> artifacts) throws IOException, InterruptedException {
    String mvn = Path.of(System.getProperty("maven.home"), "bin", "mvn").toString();
    // offline: this build has already fetched every plugin and dependency the second one uses
    List<String> command = List.of(mvn, "-B", "-q", "-o",
        "-Dmaven.repo.local=" + System.getProperty("maven.repo.local"),
        "-Dmaven.test.skip=true", "package", "-pl", String.join(",", artifacts), "-am");
    Path log = copy.resolveSibling("second-build.log");
    Process process = new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    int exit = process.waitFor();
    assertThat(exit).as("second build (%s), log:%n%s", String.join(" ", command),
        Files.readString(log, StandardCharsets.UTF_8)).isZero();
  }

  private static String sha256(Path file) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = Files.newInputStream(file)) {
      digest.update(in.readAllBytes());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Names the entries whose content, time or order differ, to say what leaked. */
  private static String entriesThatDiffer(Path first, Path second) throws Exception {
    TreeMap<String, String> a = describe(first);
    TreeMap<String, String> b = describe(second);
    List<String> names = new ArrayList<>();
    for (String name : a.keySet()) {
      if (!a.get(name).equals(b.get(name))) {
        names.add(name + " (" + a.get(name) + " vs " + b.get(name) + ")");
      }
    }
    b.keySet().stream().filter(n -> !a.containsKey(n)).forEach(n -> names.add(n + " (only in the second)"));
    return names.isEmpty() ? "same entries, different order or zip headers" : String.join(", ", names);
  }

  private static TreeMap<String, String> describe(Path jar) throws Exception {
    TreeMap<String, String> entries = new TreeMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = zip.getInputStream(entry)) {
          digest.update(in.readAllBytes());
        }
        entries.put(entry.getName(), "time " + entry.getTime() + ", sha256 "
            + HexFormat.of().formatHex(digest.digest()).substring(0, 12));
      }
    }
    return entries;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (!dir.equals(from) && NOT_COPIED.contains(dir.getFileName().toString())) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
