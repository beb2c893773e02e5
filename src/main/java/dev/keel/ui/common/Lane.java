package dev.keel.ui.common;

/**
 * A lane of background work: each lane has its own worker, so work in one lane never waits behind
 * work in another. Within a lane, tasks run one at a time in the order they were submitted.
 */
public enum Lane {
  /** Reading, writing and importing files: short, and never kept waiting by a computation. */
  FILES,

  /** Drift, proposals and review totals: can take seconds on a book of 10,000 positions. */
  COMPUTE
}
