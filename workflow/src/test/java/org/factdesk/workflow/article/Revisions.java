package org.factdesk.workflow.article;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Revisions for tests, made through the package-private constructor the service uses. */
final class Revisions {
  static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 3, 14, 9, 30, 0, 0, ZoneOffset.UTC);

  private Revisions() {}

  static Revision revision(int number, List<Block> blocks) {
    return new Revision(7L, number, blocks, "alice", null, CREATED.plusMinutes(number));
  }

  /** A revision whose blocks are all paragraphs. */
  static Revision revision(int number, String... paragraphs) {
    return revision(number, Arrays.stream(paragraphs).map(Block::paragraph).toList());
  }
}
