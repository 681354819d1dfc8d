package org.factdesk.exports.pdf;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A few idle copies of something costly to make and not thread-safe (a parsed font, an XMP
 * serializer): each export takes one for itself and gives it back, so at most about one copy per
 * processor is kept.
 */
final class IdlePool<T> {
  private static final int LIMIT = Math.max(2, Runtime.getRuntime().availableProcessors());

  private final ConcurrentLinkedDeque<T> idle = new ConcurrentLinkedDeque<>();
  private final AtomicInteger size = new AtomicInteger();

  /** An idle copy, or null when there is none and the caller must make one. */
  T take() {
    T t = idle.pollFirst();
    if (t != null) {
      size.decrementAndGet();
    }
    return t;
  }

  void giveBack(T t) {
    if (size.incrementAndGet() <= LIMIT) {
      idle.offerFirst(t);
    } else {
      size.decrementAndGet();
    }
  }
}
