package org.herald.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Values read from the store, each kept under its key until the store's count of writes
 * ({@link Store#writes}, or {@link Store#factWrites} for values that only the writes of facts
 * change) moves. A value is kept only where the count was even (no write showing) when its
 * reading began and had not moved when it ended, so that a kept value saw the data of one
 * count; it is served only while the count is that count. Where the store does not see every
 * write of its database (PostgreSQL), nothing is kept and every value is read.
 *
 * <p>Issue 23: a page of documents asked with 50 offsets under one filter read that filter's
 * facets and total 50 times between two stored documents; kept, they are read once. The
 * counts of {@code /api/stats} that only facts change are read once an ingest of text alone,
 * and {@code /api/status} reads the feeds' state once a write.
 *
 * @param <K> what a value is read for
 * @param <V> the value; a kept one is shared by every caller, which must not change it
 */
public final class KeptByWrites<K, V> {
  /** At most this many values of one count by default; more are read, not kept. */
  static final int MAX_VALUES = 1024;

  private final boolean on;
  private final LongSupplier count;
  private final int max;
  private final AtomicReference<Values<K, V>> latest;

  /**
   * @param on whether to keep values: where every write of the database goes through this
   *     process ({@link Store#seesEveryWrite})
   * @param count the count of writes that may change the values
   */
  public KeptByWrites(boolean on, LongSupplier count) {
    this(on, count, MAX_VALUES);
  }

  /** @param max at most this many values of one count are kept */
  KeptByWrites(boolean on, LongSupplier count, int max) {
    this.on = on;
    this.count = count;
    this.max = max;
    this.latest = new AtomicReference<>(new Values<>(-1));
  }

  /** The value kept for a key at this count ({@link #count}); null where there is none. */
  @Nullable V kept(K key, long before) {
    Values<K, V> values = latest.get();
    return on && values.count == before ? values.byKey.get(key) : null;
  }

  /**
   * Keeps a value read after the count was {@code before}, where that count is even and has
   * not moved since.
   */
  void keep(K key, long before, V value) {
    if (on && before % 2 == 0 && count.getAsLong() == before) {
      Values<K, V> values = at(before);
      if (values != null && values.byKey.size() < max) {
        values.byKey.putIfAbsent(key, value);
      }
    }
  }

  /** The value for a key: the one kept at the present count, else one read now. */
  public V get(K key, Supplier<V> read) {
    return on ? get(key, count.getAsLong(), read) : read.get();
  }

  /** The count of writes now: what a caller passes to {@link #get(Object, long, Supplier)}. */
  public long count() {
    return count.getAsLong();
  }

  /**
   * The value for a key that the caller reads with what it read of the store before (the ids
   * a search found): the one kept at the count taken before that, else one read now, kept
   * only where the count has not moved since then.
   *
   * @param before {@link #count} before the caller read anything the value depends on
   */
  public V get(K key, long before, Supplier<V> read) {
    if (!on) {
      return read.get();
    }
    V v = kept(key, before);
    if (v == null) {
      v = read.get();
      keep(key, before, v);
    }
    return v;
  }

  /** The values of this count, begun where they are older; null where a newer count is kept. */
  private @Nullable Values<K, V> at(long c) {
    while (true) {
      Values<K, V> values = latest.get();
      if (values.count == c) {
        return values;
      }
      if (values.count > c) {
        return null;
      }
      latest.compareAndSet(values, new Values<>(c));
    }
  }

  /** The values read at one count. */
  private static final class Values<K, V> {
    final long count;
    final Map<K, V> byKey = new ConcurrentHashMap<>();

    Values(long count) {
      this.count = count;
    }
  }
}
