package org.sorn.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * One output of a command (standard or error) as the console server sends it: each complete line
 * goes to the client at once with its prefix, so that a long command shows its progress.
 */
final class ReplyStream extends OutputStream {
  private final Reply reply;
  private final String prefix;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private boolean written;

  /** The client's end of the connection, shared by the two outputs of a command. */
  static final class Reply {
    private final Writer out;
    private boolean broken;

    Reply(Writer out) {
      this.out = out;
    }

    /** Sends one line; a client that went away is not an error of the command. */
    synchronized void send(String line) {
      if (broken) {
        return;
      }
      try {
        out.write(line);
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        broken = true;
      }
    }
  }

  ReplyStream(Reply reply, String prefix) {
    this.reply = reply;
    this.prefix = prefix;
  }

  @Override
  public synchronized void write(int b) {
    written = true;
    if (b == '\n') {
      sendLine();
    } else {
      line.write(b);
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      write(bytes[i]);
    }
  }

  /** Sends what is left of an unfinished line; returns whether the command wrote anything. */
  synchronized boolean finish() {
    if (line.size() > 0) {
      sendLine();
    }
    boolean any = written;
    written = false;
    return any;
  }

  private void sendLine() {
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    reply.send(prefix + text);
  }
}
