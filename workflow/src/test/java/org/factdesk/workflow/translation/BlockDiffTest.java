package org.factdesk.workflow.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.workflow.article.RevisionDiff.Op;
import org.factdesk.workflow.article.RevisionDiff.Segment;
import org.junit.jupiter.api.Test;

class BlockDiffTest {
  @Test
  void blockDiffShowsTheChangedWords() {
    List<Segment> d = BlockDiff.of("The ferry line opened.", "The new ferry line opened.", LanguageTag.parse("en"));
    assertTrue(d.contains(new Segment(Op.INSERT, "new ")), d.toString());
    assertEquals(List.of(new Segment(Op.INSERT, "Yeni.")), BlockDiff.of(null, "Yeni.", LanguageTag.parse("az")));
  }
}
