package org.sorn.tasks;

import java.util.List;
import java.util.random.RandomGenerator;
import org.osgi.annotation.versioning.ConsumerType;

/** A task: an alphabet and a random source of words over it. */
@ConsumerType
public interface Task {

  /** The task's name, for example {@code "counting"}. */
  String name();

  /** The symbols, by number. */
  List<String> alphabet();

  /** The length of the longest word: positions within a word are 0 .. positions()-1. */
  int positions();

  /**
   * The next word, drawn from {@code rng}: the numbers of its symbols. The array may be shared:
   * callers copy it and never change it.
   */
  int[] nextWord(RandomGenerator rng);
}
