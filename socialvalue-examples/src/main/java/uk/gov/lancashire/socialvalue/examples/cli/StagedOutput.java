package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An output written as a stream and kept only when the whole run succeeds: the bytes go to a hidden file
 * beside the target (or, for standard output, a temporary file), which {@link #commit()} moves into place
 * (or copies to standard output); {@link #close()} without a commit deletes it, and so does the end of the
 * run when it is stopped (Ctrl-C) before either. So a command can write
 * while it reads, holding nothing whole in memory, and still write nothing when its input has a problem.
 */
final class StagedOutput implements AutoCloseable {

  private final Session session;
  private final String name;
  private final @Nullable Path target;
  private final Path staged;
  private final OutputStream stream;
  private boolean committed;

  private StagedOutput(Session session, String name, @Nullable Path target, Path staged, OutputStream stream) {
    this.session = session;
    this.name = name;
    this.target = target;
    this.staged = staged;
    this.stream = stream;
  }

  /**
   * @param session the run
   * @param name a file name, or {@code -} for standard output
   * @return the staged output, open for writing
   */
  static StagedOutput open(Session session, String name) {
    Path target = Sources.STDIO.equals(name) ? null : Sources.target(name);
    try {
      Path staged;
      if (target == null) {
        staged = Files.createTempFile("socialvalue-", ".part");
      } else {
        Path folder = target.getParent();
        staged = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        Files.newOutputStream(staged, StandardOpenOption.CREATE_NEW).close();
      }
      staged.toFile().deleteOnExit();
      OutputStream out = new BufferedOutputStream(Files.newOutputStream(staged), 64 * 1024);
      return new StagedOutput(session, name, target, staged, out);
    } catch (IOException e) {
      throw CliException.badInput(name, "cannot write: " + Sources.reason(e));
    }
  }

  /** @return where to write; closing it does not commit */
  OutputStream stream() {
    return stream;
  }

  /** Puts what was written in place: moves it onto the target, or copies it to standard output. */
  void commit() {
    try {
      stream.close();
      if (target == null) {
        Files.copy(staged, session.out);
        session.out.flush();
        Files.delete(staged);
      } else {
        try {
          Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      committed = true;
    } catch (IOException e) {
      throw CliException.badInput(name, "cannot write: " + Sources.reason(e));
    }
  }

  /** Deletes what was written unless it was committed. */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    try {
      stream.close();
    } catch (IOException e) {
      // the staged file is deleted below either way
    }
    try {
      Files.deleteIfExists(staged);
    } catch (IOException e) {
      session.err.println(staged + ": could not delete this unfinished output: " + Sources.reason(e));
    }
  }
}
