package org.factdesk.workflow.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionContentTest {

  private static final List<Block> BODY =
      List.of(Block.heading("Bridge reopens"), Block.paragraph("The bridge reopened on Monday."));

  @Test
  void isSixtyFourLowercaseHexDigits() {
    assertTrue(RevisionContent.sha256(BODY).matches("[0-9a-f]{64}"), RevisionContent.sha256(BODY));
  }

  /** Pinned: approvals and exports vouch for this value, so the encoding must never drift. */
  @Test
  void hashesTheDocumentedCanonicalEncoding() {
    // SHA-256 of "HEADING\u001FBridge reopens\u001EPARAGRAPH\u001FThe bridge reopened on Monday.\u001E"
    assertEquals("0961f4f09186cb3c0605efa2677ef4ffbc6d7ef29871e03220dfb61872a66c0f", RevisionContent.sha256(BODY));
  }

  @Test
  void hashesAnEmptyBodyAsTheEmptyString() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", RevisionContent.sha256(List.of()));
  }

  @Test
  void isStableForEqualContent() {
    List<Block> copy = List.of(Block.heading("Bridge reopens"), Block.paragraph("The bridge reopened on Monday."));
    assertEquals(RevisionContent.sha256(BODY), RevisionContent.sha256(copy));
  }

  @Test
  void changesWithTheKindOfABlock() {
    assertNotEquals(
        RevisionContent.sha256(List.of(Block.paragraph("Bridge reopens"))),
        RevisionContent.sha256(List.of(Block.heading("Bridge reopens"))));
    assertNotEquals(
        RevisionContent.sha256(List.of(Block.quote("Bridge reopens"))),
        RevisionContent.sha256(List.of(Block.paragraph("Bridge reopens"))));
  }

  @Test
  void changesWithOneCharacterOfText() {
    assertNotEquals(
        RevisionContent.sha256(List.of(Block.paragraph("Мост открыт."))),
        RevisionContent.sha256(List.of(Block.paragraph("Мост открыт!"))));
  }

  @Test
  void dependsOnWhereBlocksBegin() {
    String ab_c = RevisionContent.sha256(List.of(Block.paragraph("ab"), Block.paragraph("c")));
    String a_bc = RevisionContent.sha256(List.of(Block.paragraph("a"), Block.paragraph("bc")));
    String abc = RevisionContent.sha256(List.of(Block.paragraph("abc")));
    assertNotEquals(ab_c, a_bc);
    assertNotEquals(ab_c, abc);
    assertNotEquals(a_bc, abc);
  }

  @Test
  void dependsOnTheOrderOfBlocks() {
    Block a = Block.paragraph("First.");
    Block b = Block.paragraph("Second.");
    assertNotEquals(RevisionContent.sha256(List.of(a, b)), RevisionContent.sha256(List.of(b, a)));
  }

  @Test
  void isWhatARevisionRecords() {
    assertEquals(RevisionContent.sha256(BODY), Revisions.revision(1, BODY).sha256());
  }

  @Test
  void hashesCanonicallyEquivalentTextAlike() {
    String composed = "Caf\u00E9 reopens";
    String decomposed = "Cafe\u0301 reopens";
    assertEquals(
        RevisionContent.sha256(List.of(Block.paragraph(composed))),
        RevisionContent.sha256(List.of(Block.paragraph(decomposed))));
  }
}
