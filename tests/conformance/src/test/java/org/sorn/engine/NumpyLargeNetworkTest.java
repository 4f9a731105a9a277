package org.sorn.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorn.api.Hyperparameters;
import org.sorn.api.NetworkSnapshot;
import org.sorn.api.PlasticityMechanism;
import org.sorn.api.Slots;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;
import org.sorn.api.run.RunDescription;
import org.sorn.api.run.RunRequest;
import org.sorn.api.run.RunStatus;
import org.sorn.testkit.ExternalProgram.Outcome;
import org.sorn.testkit.ExternalProgram;
import org.sorn.testkit.Mechanisms;

/**
 * A network large enough for the normalisation to defer the columns in a cycle (ne = 2,000: every
 * fast path of the engine at work), run past two compactions of pruned synapses, ends in the state
 * the numpy reference (tests/numpy-reference, the package's step on whole arrays) computes, bit for
 * bit. Both sides start from the same state (the engine's initialiser draws it here and writes it
 * out) and take the same inputs (those the run drew, written out); noise is off and structural
 * plasticity frozen, so that neither side draws anything else.
 */
class NumpyLargeNetworkTest {
  private static final Path SCRIPT = Path.of("..", "numpy-reference", "sorn_numpy.py");
  private static final int NE = 2000;
  private static final int NU = 10;
  private static final int STEPS = 2500;
  private static final int LOOK_EVERY = 250;

  @TempDir Path folder;

  @Test
  void aLargeNetworkPastTwoCompactionsEndsInTheNumpyReferencesStateBitForBit() throws Exception {
    ExternalProgram.assumeInstalled(
        ExternalProgram.run(List.of("python3", "-c", "import numpy, scipy.sparse"), 60).exit() == 0,
        "numpy or scipy is not installed here (python3 -c 'import numpy, scipy.sparse' failed;"
            + " apt-get install python3-numpy python3-scipy)",
        "the large network against the numpy reference");
    RunDescription d =
        RunDescription.builder()
            .ne(NE)
            .nu(NU)
            .seed(3)
            .steps(STEPS)
            .noise(false)
            .freeze(Slots.SP)
            .build();
    SornWorkbench workbench = SornWorkbench.standalone();
    for (PlasticityMechanism m : Mechanisms.reference()) {
      workbench.add(m);
    }
    Watch watch = new Watch();
    SimulationRun run =
        workbench.prepare(new RunRequest(d, null, null, List.of(watch)), null, null);
    NetworkSnapshot initial = run.state().toSnapshot();
    int storedAtStart = run.state().wee().stored();
    run.run();
    assertEquals(RunStatus.COMPLETED, run.status(), () -> "run failed: " + run.failure());
    assertTrue(watch.deferred > 0, "entries deferred at some look: the deferred cycles ran");
    assertTrue(run.state().wee().stored() < storedAtStart, "compactions dropped pruned synapses");

    write(d, initial, watch.inputs);
    Outcome numpy =
        ExternalProgram.run(
            List.of("python3", SCRIPT.toString(), "replay", folder.toString()), 900);
    assertEquals(0, numpy.exit(), numpy.output());

    NetworkSnapshot last = run.state().toSnapshot();
    BitForBit.assertIdentical(last.wee, readCsr("final-wee", NE, NE), "final W^EE");
    BitForBit.assertIdentical(last.wei, readCsr("final-wei", d.ni(), NE), "final W^EI");
    BitForBit.assertIdentical(new double[][] {last.te}, new double[][] {read("final-te")}, "T^E");
    BitForBit.assertIdentical(new double[][] {last.ti}, new double[][] {read("final-ti")}, "T^I");
    BitForBit.assertIdentical(
        new double[][] {column(last.x, 1)}, new double[][] {read("final-x")}, "x(t)");
    BitForBit.assertIdentical(
        new double[][] {column(last.y, 1)}, new double[][] {read("final-y")}, "y(t)");
  }

  /** Keeps the inputs the run draws; now and then counts the W^EE entries deferred just then. */
  private static final class Watch implements StepListener {
    final double[] inputs = new double[STEPS * NU];
    long deferred;

    @Override
    public void beforePlasticity(StepView step) {
      System.arraycopy(step.input(), 0, inputs, (int) step.step() * NU, NU);
    }

    @Override
    public void afterStep(StepView step) {
      if (step.step() % LOOK_EVERY == LOOK_EVERY - 1) {
        CsrWeights wee = ((SornState) step.state()).wee();
        double[] asStored = wee.rowWeights().clone();
        double[] upToDate = wee.weights();
        for (int k = 0; k < wee.stored(); k++) {
          deferred += asStored[k] != upToDate[k] ? 1 : 0;
        }
      }
    }
  }

  /** The network as sorn_numpy.py replay reads it: network.json and flat little-endian arrays. */
  private void write(RunDescription d, NetworkSnapshot s, double[] inputs) throws IOException {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put(Hyperparameters.ETA_STDP, Hyperparameters.DEFAULT_ETA_STDP);
    params.put(Hyperparameters.ETA_INHIB, Hyperparameters.DEFAULT_ETA_INHIB);
    params.put(Hyperparameters.ETA_IP, Hyperparameters.DEFAULT_ETA_IP);
    params.put(Hyperparameters.TE_MIN, Hyperparameters.DEFAULT_TE_MIN);
    params.put(Hyperparameters.TE_MAX, Hyperparameters.DEFAULT_TE_MAX);
    params.put(Hyperparameters.MU_IP, Hyperparameters.DEFAULT_MU_IP);
    Map<String, Object> network = new LinkedHashMap<>();
    network.put("ne", d.ne());
    network.put("ni", d.ni());
    network.put("nu", d.nu());
    network.put("steps", d.steps());
    network.put("freeze", List.copyOf(d.frozen()));
    network.put("params", params);
    new ObjectMapper().writeValue(folder.resolve("network.json").toFile(), network);
    writeCsr("wee", s.wee);
    writeCsr("wei", s.wei);
    double[] wie = new double[d.ne() * d.ni()];
    for (int j = 0; j < d.ne(); j++) {
      System.arraycopy(s.wie[j], 0, wie, j * d.ni(), d.ni());
    }
    write("wie.f8", wie);
    write("te.f8", s.te);
    write("ti.f8", s.ti);
    write("x.f8", column(s.x, 1));
    write("y.f8", column(s.y, 1));
    write("inputs.f8", inputs);
  }

  /** The entries that are not 0.0, row by row, as the engine stores a dense matrix it is given. */
  private void writeCsr(String name, double[][] dense) throws IOException {
    int count = 0;
    for (double[] row : dense) {
      for (double v : row) {
        count += v != 0.0 ? 1 : 0;
      }
    }
    int[] indptr = new int[dense.length + 1];
    int[] indices = new int[count];
    double[] data = new double[count];
    int k = 0;
    for (int j = 0; j < dense.length; j++) {
      for (int i = 0; i < dense[j].length; i++) {
        if (dense[j][i] != 0.0) {
          indices[k] = i;
          data[k++] = dense[j][i];
        }
      }
      indptr[j + 1] = k;
    }
    write(name + ".indptr.i4", indptr);
    write(name + ".indices.i4", indices);
    write(name + ".data.f8", data);
  }

  private double[][] readCsr(String name, int rows, int columns) throws IOException {
    int[] indptr = readInts(name + ".indptr.i4");
    int[] indices = readInts(name + ".indices.i4");
    double[] data = read(name + ".data");
    double[][] dense = new double[rows][columns];
    for (int j = 0; j < rows; j++) {
      for (int k = indptr[j]; k < indptr[j + 1]; k++) {
        dense[j][indices[k]] = data[k];
      }
    }
    return dense;
  }

  private void write(String file, double[] values) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    b.asDoubleBuffer().put(values);
    Files.write(folder.resolve(file), b.array());
  }

  private void write(String file, int[] values) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asIntBuffer().put(values);
    Files.write(folder.resolve(file), b.array());
  }

  private double[] read(String name) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(folder.resolve(name + ".f8")));
    double[] values = new double[b.capacity() / 8];
    b.order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
    return values;
  }

  private int[] readInts(String file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(folder.resolve(file)));
    int[] values = new int[b.capacity() / 4];
    b.order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(values);
    return values;
  }

  private static double[] column(double[][] m, int c) {
    double[] v = new double[m.length];
    for (int i = 0; i < m.length; i++) {
      v[i] = m[i][c];
    }
    return v;
  }
}
