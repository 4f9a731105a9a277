package org.sorn.shell;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.sorn.api.command.Command;

/**
 * A command service as another bundle registers one: it remembers its arguments, prints them on
 * out, a progress line on err when asked, and fails with "fail" or throws with "throw".
 */
final class FakeCommand implements Command {
  private final String name;
  final List<List<String>> calls = new ArrayList<>();

  FakeCommand(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String summary() {
    return "a fake " + name;
  }

  @Override
  public int run(List<String> arguments, PrintStream out, PrintStream err) {
    calls.add(List.copyOf(arguments));
    if (arguments.contains("throw")) {
      throw new IllegalStateException("broken\nacross lines");
    }
    if (arguments.contains("progress")) {
      err.println(name + ": 1 of 2 done");
    }
    if (arguments.contains("fail")) {
      err.println(name + ": failed as asked");
      return 1;
    }
    out.println(name + " " + String.join(" ", arguments));
    return 0;
  }
}
