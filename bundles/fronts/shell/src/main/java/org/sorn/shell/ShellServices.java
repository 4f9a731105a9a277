package org.sorn.shell;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.sorn.api.Exporter;
import org.sorn.api.Recorder;
import org.sorn.api.run.Workbench;

/**
 * The services a command works with, as they are bound at the moment it runs.
 *
 * @param version this bundle's version, the workbench version written into run records
 * @param generators the input generators installed
 */
record ShellServices(
    Workbench workbench,
    List<Recorder> recorders,
    List<Exporter> exporters,
    RunTimes times,
    String version,
    InputGenerators generators) {

  ShellServices {
    recorders = recorders == null ? List.of() : List.copyOf(recorders);
    exporters = exporters == null ? List.of() : List.copyOf(exporters);
    generators = generators == null ? InputGenerators.NONE : generators;
  }

  /** Services without input generators. */
  ShellServices(Workbench workbench, List<Recorder> recorders, List<Exporter> exporters,
      RunTimes times, String version) {
    this(workbench, recorders, exporters, times, version, InputGenerators.NONE);
  }

  /** The names of the installed recorders, sorted. */
  List<String> recorderNames() {
    return List.copyOf(new TreeSet<>(recorders.stream().map(Recorder::name).toList()));
  }

  /** The formats of the installed exporters, sorted. */
  List<String> formatNames() {
    return List.copyOf(new TreeSet<>(exporters.stream().map(Exporter::format).toList()));
  }

  Optional<Recorder> recorder(String name) {
    return recorders.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  Optional<Exporter> exporter(String format) {
    return exporters.stream().filter(e -> format.equals(e.format())).findFirst();
  }
}
