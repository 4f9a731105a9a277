package org.sorn.plots;

/** Java2D drawing without a screen: the workbench runs on servers and in CI. */
final class Headless {
  private Headless() {}

  /** Asks AWT for headless mode unless the user chose otherwise. */
  static void ensure() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }
}
