package org.sorn.recording;

import java.io.IOException;
import org.osgi.annotation.versioning.ConsumerType;
import org.sorn.api.SynapticWeights;

/**
 * A sparse weight matrix visited as the dense matrix [pre][post] the package returns, row after
 * row, from the stored entries: no dense copy. Entries not stored are 0.0.
 */
public final class DenseWeights {

  /** Receives the elements of the dense matrix in C order, and where its rows start and end. */
  @ConsumerType
  @FunctionalInterface
  public interface Element {
    void accept(int pre, int post, double weight) throws IOException;

    default void startRow(int pre) throws IOException {}

    default void endRow(int pre) throws IOException {}
  }

  /** Gives every element of {@code w}, row {@code pre} after row, to {@code element}. */
  public static void forEach(SynapticWeights w, Element element) throws IOException {
    int[] rowStart = w.rowStart();
    int[] post = w.postsynaptic();
    double[] weights = w.weights();
    for (int j = 0; j < w.rows(); j++) {
      element.startRow(j);
      int column = 0;
      for (int k = rowStart[j]; k < rowStart[j + 1]; k++) {
        for (; column < post[k]; column++) {
          element.accept(j, column, 0.0);
        }
        element.accept(j, column++, weights[k]);
      }
      for (; column < w.columns(); column++) {
        element.accept(j, column, 0.0);
      }
      element.endRow(j);
    }
  }

  private DenseWeights() {}
}
