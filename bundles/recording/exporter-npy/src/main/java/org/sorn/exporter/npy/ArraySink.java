package org.sorn.exporter.npy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;

/** Writes array data, little-endian, through a buffer of fixed size. */
final class ArraySink {
  private final WritableByteChannel out;
  private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

  ArraySink(WritableByteChannel out) {
    this.out = out;
  }

  void put(byte[] bytes) throws IOException {
    for (byte b : bytes) {
      room(1).put(b);
    }
  }

  void putDouble(double value) throws IOException {
    room(8).putDouble(value);
  }

  /** Writes through {@code writer} straight to the channel, after what is buffered. */
  void channel(ChannelWriter writer) throws IOException {
    flush();
    writer.write(out);
  }

  /** Writes to a channel. */
  @FunctionalInterface
  interface ChannelWriter {
    void write(WritableByteChannel out) throws IOException;
  }

  void flush() throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
    buffer.clear();
  }

  private ByteBuffer room(int bytes) throws IOException {
    if (buffer.remaining() < bytes) {
      flush();
    }
    return buffer;
  }
}
