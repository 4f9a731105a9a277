package org.sorn.python.bridge;

import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.LongBuffer;
import java.util.List;
import org.sorn.api.StepListener;
import org.sorn.api.StepView;

/** Writes each step's entries of the callbacks asked for into the exchange buffer. */
final class CallbackWriter implements StepListener {
  private final Callback[] counts;
  private final int[] countAt;
  private final Callback[] entries;
  private final int[] entryAt;
  private final int[] entrySize;
  private final DoubleBuffer doubles;
  private final LongBuffer longs;

  CallbackWriter(ExchangeLayout layout, ByteBuffer exchange) {
    List<Callback> callbacks = layout.callbacks();
    int n = (int) callbacks.stream().filter(c -> c.count).count();
    counts = new Callback[n];
    countAt = new int[n];
    entries = new Callback[callbacks.size() - n];
    entryAt = new int[entries.length];
    entrySize = new int[entries.length];
    int c = 0;
    int e = 0;
    for (int k = 0; k < callbacks.size(); k++) {
      Callback callback = callbacks.get(k);
      if (callback.count) {
        counts[c] = callback;
        countAt[c++] = (int) layout.callback(k);
      } else {
        entries[e] = callback;
        entryAt[e] = (int) layout.callback(k);
        entrySize[e++] = (int) callback.entry(layout.ne(), layout.ni());
      }
    }
    doubles = exchange.asDoubleBuffer();
    longs = exchange.asLongBuffer();
  }

  @Override
  public void beforePlasticity(StepView step) {
    int t = (int) step.step();
    for (int k = 0; k < counts.length; k++) {
      counts[k].writeCount(step, longs, countAt[k] + t);
    }
  }

  @Override
  public void afterStep(StepView step) {
    int t = (int) step.step();
    for (int k = 0; k < entries.length; k++) {
      entries[k].writeEntry(step, doubles, entryAt[k] + t * entrySize[k]);
    }
  }
}
