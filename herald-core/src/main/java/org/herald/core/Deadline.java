package org.herald.core;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The time a document may take in the pipeline. {@link Pipeline#run} sets it for the thread that
 * analyses the document; stages that work sentence by sentence call {@link #check} between
 * sentences, so that a hostile or enormous document stops in the stage it overran instead of
 * blocking a batch. Outside a pipeline run there is no deadline and {@link #check} does nothing.
 */
public final class Deadline {
  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

  private long endNanos; // moved on by one-time work (loadingExcluded); this thread's alone
  private final Duration limit;

  private Deadline(Duration limit) {
    this.limit = limit;
    this.endNanos = System.nanoTime() + limit.toNanos();
  }

  /** Thrown by {@link #check} once the document's time is up. */
  public static final class Exceeded extends RuntimeException {
    private final String stage;
    private final Duration limit;

    Exceeded(String stage, Duration limit) {
      super("timed out in " + stage + " after " + limit.toMillis() / 1000.0 + " s", null, false,
          false);
      this.stage = stage;
      this.limit = limit;
    }

    public String stage() {
      return stage;
    }

    public Duration limit() {
      return limit;
    }
  }

  /**
   * Runs {@code work} on this thread with a deadline {@code limit} from now (none when
   * {@code limit} is null), restoring the one before afterwards.
   */
  static <T> T within(@Nullable Duration limit, java.util.function.Supplier<T> work) {
    Deadline before = CURRENT.get();
    CURRENT.set(limit == null ? null : new Deadline(limit));
    try {
      return work.get();
    } finally {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }

  /**
   * Runs one-time work of the process, such as loading a model on first use, outside the time
   * of the document this thread analyses: its deadline moves on by what the work took (waiting
   * for another thread's load included). Without a deadline it only runs the work.
   */
  public static <T> T loadingExcluded(java.util.function.Supplier<T> work) {
    long t0 = System.nanoTime();
    try {
      return work.get();
    } finally {
      Deadline d = CURRENT.get();
      if (d != null) {
        d.endNanos += System.nanoTime() - t0;
      }
    }
  }

  /**
   * Throws {@link Exceeded} naming {@code stage} when the current document's time is up; does
   * nothing when there is no deadline.
   */
  public static void check(String stage) {
    Deadline d = CURRENT.get();
    if (d != null && System.nanoTime() - d.endNanos > 0) {
      throw new Exceeded(stage, d.limit);
    }
  }
}
