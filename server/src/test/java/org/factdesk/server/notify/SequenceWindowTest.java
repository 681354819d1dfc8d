package org.factdesk.server.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceWindowTest {
  @Test
  void anIdThatCommitsAfterAHigherOneIsStillSentOnce() {
    SequenceWindow w = new SequenceWindow(10, 30_000);
    assertEquals(List.of(12L), w.accept(List.of(12L), 0), "11 is still in its transaction");
    assertEquals(List.of(11L), List.copyOf(w.gaps(1_000)));
    assertEquals(List.of(11L, 13L), w.accept(List.of(11L, 13L, 12L), 2_000), "12 again is not sent twice");
    assertEquals(List.of(), List.copyOf(w.gaps(3_000)));
    assertEquals(13, w.highest());
  }

  @Test
  void aGapIsGivenUpAfterItsPatience() {
    SequenceWindow w = new SequenceWindow(0, 30_000);
    w.accept(List.of(3L), 0);
    assertEquals(List.of(1L, 2L), List.copyOf(w.gaps(29_000)));
    assertEquals(List.of(), List.copyOf(w.gaps(31_000)), "rolled back: its id never commits");
    assertEquals(List.of(), w.accept(List.of(1L, 2L, 3L), 32_000), "old ids are not sent once given up");
  }
}
