package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens the files a user names: {@code -} is standard input or output; anything but a regular file (a
 * folder, a device such as {@code /dev/zero}, a pipe that might never be written) is refused at once with a
 * clear reason, before a byte is read; an error never shows an exception's class name.
 */
final class Sources {

  /** The name that stands for standard input or output. */
  static final String STDIO = "-";

  private Sources() {}

  /**
   * @param session the run
   * @param name a file name or {@code -}
   * @return the stream; standard input is wrapped so closing it leaves it open
   */
  static InputStream open(Session session, String name) {
    if (STDIO.equals(name)) {
      session.claimStdin();
      return new FilterInputStream(session.in) {
        @Override
        public void close() {
          // standard input stays open
        }
      };
    }
    Path path = regularFile(name);
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw CliException.badInput(name, reason(e));
    }
  }

  /**
   * @param name a file name, or {@code -}
   * @return its size in bytes, or -1 for standard input
   */
  static long size(String name) {
    if (STDIO.equals(name)) {
      return -1;
    }
    try {
      return Files.size(regularFile(name));
    } catch (IOException e) {
      throw CliException.badInput(name, reason(e));
    }
  }

  /**
   * Reads a whole document as UTF-8, refusing one longer than the limit.
   *
   * @param session the run
   * @param name a file name or {@code -}
   * @param limit the most bytes read
   * @return the text
   */
  static String readText(Session session, String name, long limit) {
    try (InputStream in = open(session, name)) {
      return readText(name, in, limit);
    } catch (IOException e) {
      throw CliException.badInput(name, reason(e));
    }
  }

  /**
   * Reads a whole document as UTF-8 from an opened stream, refusing one longer than the limit.
   *
   * @param name the file's name, for messages
   * @param in the stream, not closed
   * @param limit the most bytes read
   * @return the text
   */
  static String readText(String name, InputStream in, long limit) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > limit) {
          throw CliException.badInput(name, "longer than the " + limit / (1024 * 1024) + " MB this kind of document"
              + " may have (delivery reports have no limit: they are read as a stream)");
        }
        bytes.write(buffer, 0, n);
      }
      return bytes.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CliException.badInput(name, reason(e));
    }
  }

  /**
   * @param session the run
   * @param name a file name, or {@code -} for standard output
   * @return the stream; standard output is wrapped so closing it only flushes it
   */
  static OutputStream create(Session session, String name) {
    if (STDIO.equals(name)) {
      return new FilterOutputStream(session.out) {
        @Override
        public void write(byte[] b, int off, int len) {
          session.out.write(b, off, len);
        }

        @Override
        public void close() {
          session.out.flush();
        }
      };
    }
    Path path = target(name);
    try {
      return Files.newOutputStream(path);
    } catch (IOException e) {
      throw CliException.badInput(name, "cannot write: " + reason(e));
    }
  }

  /**
   * Checks a file to write and makes its folder.
   *
   * @param name a file name, not {@code -}
   * @return its absolute path: not a folder nor a special file; its folder exists
   */
  static Path target(String name) {
    Path path;
    try {
      path = Path.of(name).toAbsolutePath();
    } catch (RuntimeException e) {
      throw CliException.badInput(name, "not a valid file name");
    }
    if (Files.isDirectory(path)) {
      throw CliException.badInput(name, "is a folder; name a file to write");
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw CliException.badInput(name, "not a regular file; name a file to write, or - for standard output");
    }
    try {
      Path parent = path.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return path;
    } catch (IOException e) {
      throw CliException.badInput(name, "cannot write: " + reason(e));
    }
  }

  private static Path regularFile(String name) {
    Path path;
    try {
      path = Path.of(name);
    } catch (RuntimeException e) {
      throw CliException.badInput(name, "not a valid file name");
    }
    if (!Files.exists(path)) {
      throw CliException.badInput(name, Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "a link to nothing"
          : "no such file");
    }
    if (Files.isDirectory(path)) {
      throw CliException.badInput(name, "is a folder, not a file");
    }
    if (!Files.isRegularFile(path)) {
      throw CliException.badInput(name, "not a regular file (a device, pipe or socket), so it is not read;"
          + " to read a stream, send it to standard input and name the file -");
    }
    if (!Files.isReadable(path)) {
      throw CliException.badInput(name, "permission denied");
    }
    return path;
  }

  /** Why an I/O operation failed, in words, never an exception's class name. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    if (e instanceof CharacterCodingException) {
      // a sheet is read as UTF-8, strictly: a byte that is not well-formed UTF-8 (a UTF-16 file, a legacy code page)
      return "is not UTF-8 text: it holds bytes that are not well-formed UTF-8 (save it as UTF-8, as CSV UTF-8 in"
          + " a spreadsheet program)";
    }
    return "read or write failed";
  }
}
