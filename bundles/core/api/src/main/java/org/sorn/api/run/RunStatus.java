package org.sorn.api.run;

/** Where a run stands. */
public enum RunStatus {
  CREATED,
  RUNNING,
  PAUSED,
  COMPLETED,
  STOPPED,
  FAILED;

  /** True once the run can no longer change. */
  public boolean isFinal() {
    return this == COMPLETED || this == STOPPED || this == FAILED;
  }
}
