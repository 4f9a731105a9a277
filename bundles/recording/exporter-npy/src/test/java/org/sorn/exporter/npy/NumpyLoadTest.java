package org.sorn.exporter.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.recorders.SmallRecording;
import org.sorn.testkit.ExternalProgram.Outcome;
import org.sorn.testkit.ExternalProgram;

/**
 * numpy itself reads what the exporters write: {@code numpy.load} of recordings.npz (plain and
 * ZIP64), of each .npy and of final-state.npz, values and shapes checked; each .npy is the very
 * bytes {@code numpy.save} writes for its array; and the raw store reads as docs/recording.md says.
 */
class NumpyLoadTest {
  private static final String SCRIPT =
      """
      import sys, numpy as np
      d = sys.argv[1]
      rec = np.load(d + '/recordings.npz')
      z64 = np.load(d + '/zip64/recordings.npz')
      names = ['ExcitatoryActivation', 'InhibitoryActivation', 'RecurrentActivation', 'WEE', 'WEI',
               'TE', 'TI', 'EEConnectionCounts', 'EIConnectionCounts', 'IEConnectionCounts',
               'NetworkActivity', 'SpikeEvents']
      assert sorted(rec.files) == sorted(names + [n + '_steps' for n in names]), rec.files
      for n in rec.files:
          a = rec[n]
          npy = np.load(d + '/' + n + '.npy')
          assert a.dtype == npy.dtype and a.shape == npy.shape and (a == npy).all(), n
          assert (z64[n] == a).all() and z64[n].dtype == a.dtype, n
          # the .npy file is byte for byte what numpy.save writes for the same array
          with open(d + '/' + n + '.npy', 'rb') as f:
              mine = f.read()
          import io
          b = io.BytesIO(); np.save(b, npy)
          assert b.getvalue() == mine, n
      x = rec['ExcitatoryActivation']
      assert x.dtype == np.uint8 and x.shape == (3, 5)
      assert x.tolist() == [[1, 1, 0, 0, 0], [0, 1, 1, 0, 1], [0, 0, 0, 0, 0]], x
      assert rec['InhibitoryActivation'].tolist() == [[0], [1], [1]]
      assert rec['RecurrentActivation'].shape == (3, 5)
      assert rec['WEE'].shape == (2, 5, 5) and rec['WEE'].dtype == np.float64
      assert rec['WEE_steps'].tolist() == [0, 2] and rec['WEE_steps'].dtype == np.int64
      assert rec['WEE'][0][0][1] == 0.0 and rec['WEE'][1][3][4] == 0.001
      assert rec['WEI'].shape == (3, 1, 5) and rec['WEI'][1][0][1] == 0.0625
      assert rec['TE'].shape == (3, 5) and rec['TE'][0][0] == 0.1 + 0.2 and rec['TE'][2][4] == 1.0
      assert rec['TI'].tolist() == [[0.375]] * 3
      assert rec['EEConnectionCounts'].dtype == np.int64
      assert rec['EEConnectionCounts'].tolist() == [8, 7, 8]
      assert rec['IEConnectionCounts'].tolist() == [4, 4, 4]
      assert rec['NetworkActivity'].tolist() == [[2, 0], [3, 1], [0, 1]]
      s = rec['SpikeEvents']
      assert s.dtype == np.int32 and s.tolist() == [[0, 0], [0, 1], [1, 1], [1, 2], [1, 4]], s
      assert rec['SpikeEvents_steps'].tolist() == [0, 1, 2]
      # the package's shapes are one reshape away
      assert rec['TE'][..., None].shape == (3, 5, 1)
      # the store, read as docs/recording.md says
      raw = np.fromfile(d + '/data/ExcitatoryActivation.bits', dtype=np.uint8).reshape(-1, 1)
      flags = np.unpackbits(raw, axis=1, bitorder='little')[:, :5]
      assert (flags == x).all(), flags
      te = np.fromfile(d + '/data/TE.f64', dtype='<f8').reshape(-1, 5)
      assert (te == rec['TE']).all()
      st = np.load(d + '/final-state.npz')
      assert st.files == ['Wee', 'Wei', 'Wie', 'Te', 'Ti', 'X', 'Y'], st.files
      shapes = {k: st[k].shape for k in st.files}
      assert shapes == {'Wee': (5, 5), 'Wei': (1, 5), 'Wie': (5, 1), 'Te': (5, 1), 'Ti': (1, 1),
                        'X': (5, 2), 'Y': (1, 2)}, shapes
      assert all(st[k].dtype == np.float64 for k in st.files)
      assert st['Wee'][3][4] == 0.001 and st['Te'][0][0] == 0.1 + 0.2
      assert st['X'][:, 1].tolist() == [0, 0, 0, 0, 0] and st['X'][:, 0].tolist() == [0, 1, 1, 0, 1]
      print('numpy read everything')
      """;

  @TempDir Path dir;

  @Test
  void numpyLoadsEveryExportedArray() throws Exception {
    ExternalProgram.assumeInstalled(
        run(List.of("python3", "-c", "import numpy")).exit() == 0,
        "numpy is not installed here (python3 -c 'import numpy' failed; apt-get install"
            + " python3-numpy)",
        "numpy's reading of the exported files (the byte-level tests run anyway)");
    var state = SmallRecording.record(dir);
    new NpzExporter().exportRecordings(dir);
    new NpyExporter().exportRecordings(dir);
    new NpzExporter().writeState(state, dir, "final-state");
    Path zip64 = Files.createDirectories(dir.resolve("zip64"));
    SmallRecording.record(zip64);
    NpzExporter.export(zip64, true);
    Path script = dir.resolve("check.py");
    Files.writeString(script, SCRIPT);

    Outcome outcome = run(List.of("python3", script.toString(), dir.toString()));

    assertEquals(0, outcome.exit(), outcome.output());
    assertEquals("numpy read everything", outcome.output().strip());
  }

  static Outcome run(List<String> command) throws IOException, InterruptedException {
    return ExternalProgram.run(command, 60);
  }
}
