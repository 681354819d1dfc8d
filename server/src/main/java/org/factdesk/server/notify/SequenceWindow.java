package org.factdesk.server.notify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which outbox ids a poller has seen. Ids come from a sequence when a transaction writes its event,
 * not when it commits, so id 11 may be visible before id 10: a gap below the highest id seen is kept
 * and asked for again until it shows up or {@code patience} has passed (then it was rolled back).
 * Not thread-safe: one poller owns it.
 */
final class SequenceWindow {
  private final long patienceMillis;
  private long highest;
  private final Map<Long, Long> gaps = new LinkedHashMap<>();

  SequenceWindow(long start, long patienceMillis) {
    this.highest = start;
    this.patienceMillis = patienceMillis;
  }

  long highest() {
    return highest;
  }

  /** The ids still missing below the highest seen, to look for again. */
  Collection<Long> gaps(long now) {
    gaps.values().removeIf(since -> now - since > patienceMillis);
    return List.copyOf(gaps.keySet());
  }

  /** Of the ids just read, those not seen before, in order; remembers any new gaps. */
  List<Long> accept(List<Long> ids, long now) {
    List<Long> fresh = new ArrayList<>();
    for (long id : ids.stream().sorted().toList()) {
      if (gaps.remove(id) != null) {
        fresh.add(id);
      } else if (id > highest) {
        for (long missing = highest + 1; missing < id && gaps.size() < 10_000; missing++) {
          gaps.put(missing, now);
        }
        highest = id;
        fresh.add(id);
      }
    }
    return fresh;
  }
}
