package org.sorn.api.command;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns messages into the single line a user sees, since errors are never shown as traces: what
 * every {@link Command} prints on failure.
 *
 * @since 1.5
 */
public final class OneLine {

  /** {@code message} with line breaks folded into spaces. */
  public static String of(String message) {
    return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  /** What went wrong with a file, in words (the JDK's file exceptions carry only the path). */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "exists and is not a directory";
    }
    if (e instanceof FileSystemException f) {
      return f.getReason() != null ? of(f.getReason()) : e.getClass().getSimpleName();
    }
    return describe((Throwable) e);
  }

  /** What went wrong, naming the file when the exception knows it. */
  public static String describeWithFile(IOException e) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return f.getFile() + ": " + describe(e);
    }
    return describe(e);
  }

  /** The exception's message, or its type when it has none. */
  public static String describe(Throwable e) {
    String m = e.getMessage();
    return of(m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
  }

  private OneLine() {}
}
