package org.sorn.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * {@code --input NAME[:KEY=VALUE,...]} through the built workbench: the generators the tasks and
 * inputs bundles install, chosen with their parameters, recorded in run.json, and resumed: a run
 * whose record says it was cut off after its last checkpoint (as a kill leaves it) is resumed by
 * {@code sorn resume} to the final state of the same run made in one go, also for generators that
 * draw ahead (the counting task's words) or once at the start (multi-one-hot's layout).
 */
public class GeneratedInputIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> run(String input, String nu, String out) {
    return new ArrayList<>(List.of("run", "--ne", "100", "--nu", nu, "--steps", "25000",
        "--seed", "7", "--checkpoint-every", "10000", "--input", input, "--out", out));
  }

  @Test
  public void generatedInputsAreRecordedAndResumeToTheUninterruptedRun() throws Exception {
    Path work = WorkbenchProcess.workFolder("generated-");
    List<String[]> inputs = List.of(
        new String[] {"counting:n=3", "60"},
        new String[] {"multi-one-hot:inputs=4,units=3", "12"},
        new String[] {"gaussian:sigma=0.5", "10"});
    List<List<String>> lines = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      lines.add(run(inputs.get(i)[0], inputs.get(i)[1], "whole" + i));
      lines.add(run(inputs.get(i)[0], inputs.get(i)[1], "cut" + i));
    }
    lines.add(List.of("run", "--ne", "100", "--steps", "25000", "--seed", "7", "--out",
        "uniform"));
    List<WorkbenchProcess.Outcome> outcomes = WorkbenchProcess.runAll(work, lines);
    for (WorkbenchProcess.Outcome o : outcomes) {
      assertEquals(o.describe(), 0, o.exitCode());
    }
    byte[] uniform = Files.readAllBytes(work.resolve("uniform/final-state.json"));
    for (int i = 0; i < inputs.size(); i++) {
      Path whole = work.resolve("whole" + i);
      Path cut = work.resolve("cut" + i);
      ObjectNode record = (ObjectNode) JSON.readTree(whole.resolve("run.json").toFile());
      assertTrue(record.toString(),
          record.get("input").asText().startsWith("generator " + inputs.get(i)[0]));
      // as a kill after the checkpoint of step 20,000 leaves the folder: that checkpoint the last,
      // no final state, a record that says the run goes on
      Path checkpoints = cut.resolve("checkpoint");
      Files.move(checkpoints.resolve("checkpoint.previous.bin"),
          checkpoints.resolve("checkpoint.bin"), StandardCopyOption.REPLACE_EXISTING);
      Files.delete(cut.resolve("final-state.json"));
      ObjectNode cutRecord = (ObjectNode) JSON.readTree(cut.resolve("run.json").toFile());
      cutRecord.put("status", "running");
      cutRecord.put("simulation_status", "running");
      cutRecord.put("steps_done", 20000);
      cutRecord.putNull("end_time");
      cutRecord.putObject("exports");
      ((ObjectNode) cutRecord.get("last_checkpoint")).put("step", 20000);
      JSON.writeValue(cut.resolve("run.json").toFile(), cutRecord);
      WorkbenchProcess.Outcome resumed = WorkbenchProcess.run(work, List.of("resume", cut.toString()));
      assertEquals(resumed.describe(), 0, resumed.exitCode());
      assertTrue(resumed.stdout(), resumed.stdout().contains("resumed at step 20000"));
      byte[] state = Files.readAllBytes(whole.resolve("final-state.json"));
      assertArrayEquals(inputs.get(i)[0], state,
          Files.readAllBytes(cut.resolve("final-state.json")));
      assertNotEquals(inputs.get(i)[0] + " drives the network", new String(uniform),
          new String(state));
    }
  }

  @Test
  public void aGeneratorsMistakeIsOneLineWithExitCodeTwo() throws Exception {
    Path work = WorkbenchProcess.workFolder("generated-bad-");
    WorkbenchProcess.Outcome o = WorkbenchProcess.run(work,
        List.of("run", "--steps", "100", "--input", "counting:n=3"));
    assertEquals(o.describe(), 2, o.exitCode());
    assertEquals("sorn run: --input counting: nu must be at least 60 for 6 symbols of 10 units"
        + " each, got 10\n", o.stderr());
    o = WorkbenchProcess.run(work, List.of("run", "--steps", "100", "--input", "strang"));
    assertEquals(o.describe(), 2, o.exitCode());
    assertTrue(o.stderr(), o.stderr().startsWith(
        "sorn run: --input: no input generator 'strang' is installed; expected one of counting,"));
  }
}
