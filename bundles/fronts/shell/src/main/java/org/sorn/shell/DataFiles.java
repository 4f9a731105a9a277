package org.sorn.shell;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sorn.api.command.OneLine;

/** What the file options share: checking a file can be read, and saying what is wrong with it. */
final class DataFiles {
  // Jackson says where an unclosed bracket opened, naming a redacted source: "(start marker at
  // [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 16])"
  private static final Pattern START_MARKER =
      Pattern.compile("\\s*\\(start marker at \\[.*?\\bline: (\\d+), column: (\\d+)\\]\\)");

  /** Fails unless {@code file} is a readable regular file. */
  static void requireReadable(RunOption option, Path file) {
    if (!Files.exists(file)) {
      throw error(option, file, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw error(option, file, "is a directory, expected " + option.expected());
    }
    if (!Files.isReadable(file)) {
      throw error(option, file, "permission denied");
    }
  }

  /** The file name's extension in lower case, without the dot; empty when there is none. */
  static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** A one-line error naming the option, the file and the problem. */
  static UsageError error(RunOption option, Path file, String problem) {
    return new UsageError(option.flag() + " " + file + ": " + problem);
  }

  /** The error for an exception met while reading {@code file}. */
  static UsageError error(RunOption option, Path file, IOException e) {
    if (e instanceof JsonProcessingException j) {
      JsonLocation at = j.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      String message =
          START_MARKER
              .matcher(OneLine.of(j.getOriginalMessage()))
              .replaceAll(" opened at line $1, column $2");
      return error(option, file, "malformed JSON" + where + ": " + message);
    }
    return error(option, file, "cannot read: " + OneLine.describe(e));
  }

  /**
   * The SHA-256 of {@code file} in hex, so that a resumed run can tell the file changed.
   *
   * @throws UsageError naming the option and file when it cannot be read
   */
  static String sha256(RunOption option, Path file) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) { // every JDK has SHA-256
      throw new IllegalStateException(e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw error(option, file, e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private DataFiles() {}
}
