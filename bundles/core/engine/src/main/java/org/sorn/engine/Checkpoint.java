package org.sorn.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.sorn.api.command.KeptFile;
import org.sorn.api.run.DamagedCheckpoint;
import org.sorn.api.run.MechanismRecord;
import org.sorn.api.run.Phase;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunEvent;

/**
 * Everything a run needs to go on exactly as it would have: the state, the random streams, the
 * rules in force, the run's own parameter values, its events and its listeners' positions. Written
 * as one binary file ending with the CRC32C of everything before it, aside and moved into place
 * ({@link KeptFile}), so that a kill at any moment leaves the last complete checkpoint and a
 * damaged one is refused instead of resumed. The checkpoint before the last is kept too ({@link
 * #PREVIOUS}), to resume from when the last is damaged.
 */
record Checkpoint(
    RunDescription description,
    long step,
    SornState state,
    Map<String, long[]> streams,
    Map<String, Double> parameters,
    Set<String> frozen,
    Map<String, String> wanted,
    List<MechanismRecord> bindings,
    List<RunEvent> events,
    List<Map<String, Object>> listenerPositions) {

  static final String FILE = "checkpoint.bin";
  /** The checkpoint written before the last one. */
  static final String PREVIOUS = "checkpoint.previous.bin";
  private static final long MAGIC = 0x534F524E434B5054L; // "SORNCKPT"
  private static final int VERSION = 2;
  // magic, version, step; then the content; then the CRC32C as 8 bytes
  private static final int HEADER = 8 + 4 + 8;
  private static final int TRAILER = 8;

  /**
   * Writes the checkpoint as {@code directory/checkpoint.bin}; the one there before becomes {@link
   * #PREVIOUS}.
   */
  void write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Path target = directory.resolve(FILE);
    KeptFile.writeFile(
        target,
        partial -> {
          CRC32C sum = new CRC32C();
          try (DataOutputStream out =
              new DataOutputStream(
                  new CheckedOutputStream(
                      new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16), sum))) {
            writeContent(out);
            out.flush();
            // the sum of every byte before it; written past the checked stream
            out.writeLong(sum.getValue());
          }
          keepAsPrevious(target, partial, directory.resolve(PREVIOUS));
        });
  }

  /**
   * The last checkpoint becomes the previous one, by a move made once the new one is whole on disk:
   * the two are always two files (a kill between the two moves leaves only the previous one, which
   * {@link #read} then takes), so that damage to one never reaches the other.
   */
  private static void keepAsPrevious(Path last, Path partial, Path previous) throws IOException {
    try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
      written.force(true);
    }
    if (!Files.exists(last)) {
      return;
    }
    try {
      Files.move(last, previous, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(last, previous, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void writeContent(DataOutputStream out) throws IOException {
    out.writeLong(MAGIC);
    out.writeInt(VERSION);
    out.writeLong(step);
    writeDescription(out, description);
    writeState(out, state);
    out.writeInt(streams.size());
    for (var e : streams.entrySet()) {
      out.writeUTF(e.getKey());
      for (long word : e.getValue()) {
        out.writeLong(word);
      }
    }
    writeValue(out, new LinkedHashMap<String, Object>(parameters));
    writeValue(out, new ArrayList<Object>(frozen));
    writeValue(out, new LinkedHashMap<String, Object>(wanted));
    out.writeInt(bindings.size());
    for (MechanismRecord m : bindings) {
      writeRecord(out, m);
    }
    out.writeInt(events.size());
    for (RunEvent e : events) {
      out.writeLong(e.step());
      out.writeUTF(e.kind());
      writeValue(out, e.slot());
      out.writeBoolean(e.mechanism() != null);
      if (e.mechanism() != null) {
        writeRecord(out, e.mechanism());
      }
      writeValue(out, e.message());
    }
    writeValue(out, new ArrayList<Object>(listenerPositions));
  }

  /**
   * The checkpoint to resume from at {@code location}: a file, or a folder of checkpoints, where
   * the last one is taken (the previous one when the last is missing, as after a kill between the
   * two moves of a write).
   *
   * @throws DamagedCheckpoint when its checksum does not match, naming the previous checkpoint
   *     when that one is whole
   * @throws IllegalArgumentException when there is none or it cannot be read
   */
  static Checkpoint read(Path location) {
    Path file = location;
    if (Files.isDirectory(location)) {
      file = location.resolve(FILE);
      if (!Files.exists(file) && Files.exists(location.resolve(PREVIOUS))) {
        file = location.resolve(PREVIOUS);
      }
    }
    String damage = damage(file);
    if (damage != null) {
      Path previous = file.resolveSibling(PREVIOUS);
      boolean previousWhole =
          file.getFileName().toString().equals(FILE) && Files.exists(previous) && damage(previous) == null;
      throw new DamagedCheckpoint(
          file, damage, previousWhole ? previous : null, previousWhole ? stepOf(previous) : -1);
    }
    return parse(file);
  }

  /**
   * What is wrong with the checkpoint file, in a few words, or null when its content matches its
   * checksum.
   *
   * @throws IllegalArgumentException when there is no such file or it is not a checkpoint at all
   */
  static String damage(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      long size = Files.size(file);
      if (size < HEADER + TRAILER) {
        return "it is cut short: " + size + " bytes";
      }
      byte[] head = in.readNBytes(12);
      ByteBuffer h = ByteBuffer.wrap(head);
      if (h.getLong() != MAGIC) {
        throw new IllegalArgumentException("checkpoint " + file + " is not a SORN Workbench checkpoint");
      }
      int version = h.getInt();
      if (version != VERSION) {
        throw new IllegalArgumentException(
            "checkpoint " + file + " has format version " + version + ", this workbench reads " + VERSION);
      }
      CRC32C sum = new CRC32C();
      sum.update(head);
      long left = size - TRAILER - head.length;
      byte[] buffer = new byte[1 << 16];
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          return "it is cut short";
        }
        sum.update(buffer, 0, n);
        left -= n;
      }
      long stored = new DataInputStream(in).readLong();
      return stored == sum.getValue() ? null : "its CRC32C does not match its content";
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no checkpoint at " + file);
    } catch (EOFException e) {
      return "it is cut short";
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "checkpoint " + file + " cannot be read: " + SimulationRun.oneLine(e));
    }
  }

  /** The step of a checkpoint file whose checksum matched, from its header. */
  private static long stepOf(Path file) {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      in.skipNBytes(12);
      return in.readLong();
    } catch (IOException e) {
      return -1;
    }
  }

  /** Reads a checkpoint file whose checksum matched. */
  @SuppressWarnings("unchecked")
  private static Checkpoint parse(Path file) {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      in.skipNBytes(12); // magic and version, checked with the sum
      long step = in.readLong();
      RunDescription description = readDescription(in);
      SornState state = readState(in, description.nu());
      state.advanceTo(step);
      Map<String, long[]> streams = new LinkedHashMap<>();
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String purpose = in.readUTF();
        streams.put(purpose, new long[] {in.readLong(), in.readLong(), in.readLong(), in.readLong()});
      }
      Map<String, Double> parameters = new LinkedHashMap<>();
      ((Map<String, Object>) readValue(in)).forEach((k, v) -> parameters.put(k, ((Number) v).doubleValue()));
      Set<String> frozen = new TreeSet<>();
      ((List<Object>) readValue(in)).forEach(v -> frozen.add((String) v));
      Map<String, String> wanted = new LinkedHashMap<>();
      ((Map<String, Object>) readValue(in)).forEach((k, v) -> wanted.put(k, (String) v));
      List<MechanismRecord> bindings = new ArrayList<>();
      n = in.readInt();
      for (int i = 0; i < n; i++) {
        bindings.add(readRecord(in));
      }
      List<RunEvent> events = new ArrayList<>();
      n = in.readInt();
      for (int i = 0; i < n; i++) {
        long at = in.readLong();
        String kind = in.readUTF();
        String slot = (String) readValue(in);
        MechanismRecord m = in.readBoolean() ? readRecord(in) : null;
        events.add(new RunEvent(at, kind, slot, m, (String) readValue(in)));
      }
      List<Map<String, Object>> positions = new ArrayList<>();
      ((List<Object>) readValue(in)).forEach(v -> positions.add((Map<String, Object>) v));
      return new Checkpoint(
          description, step, state, streams, parameters, frozen, wanted, bindings, events, positions);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no checkpoint at " + file);
    } catch (EOFException e) {
      throw new IllegalArgumentException("checkpoint " + file + " is truncated");
    } catch (IOException | ClassCastException | IllegalStateException e) {
      throw new IllegalArgumentException(
          "checkpoint " + file + " cannot be read: " + SimulationRun.oneLine(e));
    }
  }

  private static void writeDescription(DataOutputStream out, RunDescription d) throws IOException {
    out.writeInt(d.ne());
    out.writeInt(d.nu());
    out.writeLong(d.seed());
    out.writeLong(d.steps());
    out.writeUTF(d.phase().label());
    writeValue(out, new ArrayList<Object>(d.frozen()));
    out.writeBoolean(d.noise());
    out.writeDouble(d.noiseSigma());
    writeValue(out, new LinkedHashMap<String, Object>(d.parameters()));
    writeValue(out, new LinkedHashMap<String, Object>(d.variants()));
  }

  @SuppressWarnings("unchecked")
  private static RunDescription readDescription(DataInputStream in) throws IOException {
    int ne = in.readInt();
    int nu = in.readInt();
    long seed = in.readLong();
    long steps = in.readLong();
    Phase phase = Phase.parse(in.readUTF());
    Set<String> frozen = new TreeSet<>();
    ((List<Object>) readValue(in)).forEach(v -> frozen.add((String) v));
    boolean noise = in.readBoolean();
    double sigma = in.readDouble();
    Map<String, Double> parameters = new LinkedHashMap<>();
    ((Map<String, Object>) readValue(in)).forEach((k, v) -> parameters.put(k, ((Number) v).doubleValue()));
    Map<String, String> variants = new LinkedHashMap<>();
    ((Map<String, Object>) readValue(in)).forEach((k, v) -> variants.put(k, (String) v));
    return RunDescription.builder()
        .ne(ne)
        .nu(nu)
        .seed(seed)
        .steps(steps)
        .phase(phase)
        .frozen(frozen)
        .noise(noise)
        .noiseSigma(sigma)
        .parameters(parameters)
        .variants(variants)
        .build();
  }

  private static void writeRecord(DataOutputStream out, MechanismRecord m) throws IOException {
    out.writeUTF(m.slot());
    out.writeUTF(m.variant());
    out.writeInt(m.order());
    out.writeUTF(m.bundle());
    out.writeUTF(m.bundleVersion());
    writeValue(out, new LinkedHashMap<>(m.parameters()));
    out.writeLong(m.fromStep());
  }

  @SuppressWarnings("unchecked")
  private static MechanismRecord readRecord(DataInputStream in) throws IOException {
    String slot = in.readUTF();
    String variant = in.readUTF();
    int order = in.readInt();
    String bundle = in.readUTF();
    String version = in.readUTF();
    Map<String, Object> parameters = (Map<String, Object>) readValue(in);
    return new MechanismRecord(slot, variant, order, bundle, version, parameters, in.readLong());
  }

  private static void writeState(DataOutputStream out, SornState s) throws IOException {
    out.writeInt(s.ne());
    out.writeInt(s.ni());
    for (CsrWeights w : new CsrWeights[] {s.wee(), s.wei(), s.wie()}) {
      out.writeInt(w.rows());
      out.writeInt(w.columns());
      out.writeInt(w.stored());
      for (int j = 0; j <= w.rows(); j++) {
        out.writeInt(w.rowStart()[j]);
      }
      for (int k = 0; k < w.stored(); k++) {
        out.writeInt(w.postsynaptic()[k]);
        out.writeDouble(w.weights()[k]);
      }
    }
    writeDoubles(out, s.te());
    writeDoubles(out, s.ti());
    for (ActivityBuffers a : new ActivityBuffers[] {s.x(), s.y()}) {
      for (int i = 0; i < a.size(); i++) {
        out.writeByte((a.before()[i] ? 1 : 0) | (a.after()[i] ? 2 : 0));
      }
    }
  }

  private static SornState readState(DataInputStream in, int nu) throws IOException {
    int ne = in.readInt();
    int ni = in.readInt();
    CsrWeights[] w = new CsrWeights[3];
    for (int m = 0; m < 3; m++) {
      int rows = in.readInt();
      int columns = in.readInt();
      int stored = in.readInt();
      int[] rowStart = new int[rows + 1];
      for (int j = 0; j <= rows; j++) {
        rowStart[j] = in.readInt();
      }
      int[] post = new int[Math.max(stored, 16)];
      double[] weights = new double[Math.max(stored, 16)];
      for (int k = 0; k < stored; k++) {
        post[k] = in.readInt();
        weights[k] = in.readDouble();
      }
      w[m] = CsrWeights.ofRows(rows, columns, rowStart, post, weights);
    }
    double[] te = readDoubles(in, ne);
    double[] ti = readDoubles(in, ni);
    ActivityBuffers[] activity = new ActivityBuffers[2];
    int[] sizes = {ne, ni};
    for (int p = 0; p < 2; p++) {
      double[][] columns = new double[sizes[p]][2];
      for (int i = 0; i < sizes[p]; i++) {
        int flags = in.readByte();
        columns[i][0] = (flags & 1) != 0 ? 1.0 : 0.0;
        columns[i][1] = (flags & 2) != 0 ? 1.0 : 0.0;
      }
      activity[p] = ActivityBuffers.of(columns);
    }
    return new SornState(nu, w[0], w[1], w[2], te, ti, activity[0], activity[1]);
  }

  private static void writeDoubles(DataOutputStream out, double[] v) throws IOException {
    out.writeInt(v.length);
    for (double d : v) {
      out.writeDouble(d);
    }
  }

  private static double[] readDoubles(DataInputStream in, int expected) throws IOException {
    int n = in.readInt();
    if (n != expected) {
      throw new IllegalStateException("expected " + expected + " values, found " + n);
    }
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = in.readDouble();
    }
    return v;
  }

  /** JSON-like values: null, booleans, integers, doubles, strings, lists and string-keyed maps. */
  private static void writeValue(DataOutputStream out, Object v) throws IOException {
    if (v == null) {
      out.writeByte(0);
    } else if (v instanceof Boolean b) {
      out.writeByte(1);
      out.writeBoolean(b);
    } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      out.writeByte(2);
      out.writeLong(((Number) v).longValue());
    } else if (v instanceof Number n) {
      out.writeByte(3);
      out.writeDouble(n.doubleValue());
    } else if (v instanceof String s) {
      out.writeByte(4);
      out.writeUTF(s);
    } else if (v instanceof List<?> list) {
      out.writeByte(5);
      out.writeInt(list.size());
      for (Object o : list) {
        writeValue(out, o);
      }
    } else if (v instanceof Map<?, ?> map) {
      out.writeByte(6);
      out.writeInt(map.size());
      for (var e : map.entrySet()) {
        out.writeUTF(String.valueOf(e.getKey()));
        writeValue(out, e.getValue());
      }
    } else {
      throw new IOException("cannot write a " + v.getClass().getName() + " into a checkpoint");
    }
  }

  private static Object readValue(DataInputStream in) throws IOException {
    int tag = in.readByte();
    switch (tag) {
      case 0:
        return null;
      case 1:
        return in.readBoolean();
      case 2:
        return in.readLong();
      case 3:
        return in.readDouble();
      case 4:
        return in.readUTF();
      case 5: {
        int n = in.readInt();
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          list.add(readValue(in));
        }
        return list;
      }
      case 6: {
        int n = in.readInt();
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          map.put(in.readUTF(), readValue(in));
        }
        return map;
      }
      default:
        throw new IOException("unknown value tag " + tag);
    }
  }
}
