package org.sorn.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  @Test
  void noArgumentsIsTheConsoleWithTheDefaultFeature() {
    CommandLine line = CommandLine.parse();
    assertTrue(line.interactive());
    assertEquals(List.of("default"), line.features());
  }

  @Test
  void commandIsPassedOnWhole() {
    CommandLine line = CommandLine.parse("run", "--steps", "5", "--features", "x");
    assertFalse(line.interactive());
    assertEquals(List.of("default"), line.features());
    assertEquals(List.of("run", "--steps", "5", "--features", "x"), line.arguments());
  }

  @Test
  void featuresAsFirstOptionInBothSpellings() {
    assertEquals(List.of("core", "stdp"), CommandLine.parse("--features", "core,stdp", "run").features());
    assertEquals(List.of("run"), CommandLine.parse("--features", "core,stdp", "run").arguments());
    assertEquals(List.of("core"), CommandLine.parse("--features=core").features());
    assertTrue(CommandLine.parse("--features=core").interactive());
  }

  @Test
  void featuresWithoutListIsAUsageError() {
    UsageException e = assertThrows(UsageException.class, () -> CommandLine.parse("--features"));
    assertEquals(
        "--features needs a comma-separated list of feature names such as core,stdp, got nothing",
        e.getMessage());
    assertThrows(UsageException.class, () -> CommandLine.parse("--features", "--steps"));
    assertThrows(UsageException.class, () -> CommandLine.parse("--features=,"));
  }

  @Test
  void debugBeforeOrAfterTheFeaturesPrintsTracesAndIsNotPassedOn() {
    CommandLine line = CommandLine.parse("--debug", "--features", "core", "run", "--debug");
    assertTrue(line.debug());
    assertEquals(List.of("core"), line.features());
    assertEquals(List.of("run", "--debug"), line.arguments(), "after the command it is the command's");
    assertTrue(CommandLine.parse("--features=core", "--debug", "run").debug());
    assertEquals(List.of("run"), CommandLine.parse("--features=core", "--debug", "run").arguments());
    assertFalse(CommandLine.parse("run").debug());
  }
}
