package org.factdesk.exports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.factdesk.exports.model.ExportBlock;
import org.factdesk.exports.model.ExportClaim;
import org.factdesk.exports.model.ExportDocument;
import org.factdesk.exports.model.ExportLabels;
import org.junit.jupiter.api.Test;

class ExportDocumentTest {

  private static ExportDocument with(String direction, List<ExportClaim> claims) {
    return new ExportDocument("a", 1, Samples.SHA, "T", null, null, "en", direction,
        Samples.APPROVED, List.of(ExportBlock.paragraph("a\uD835\uDC00b")), claims, List.of(),
        Samples.EXPORTED);
  }

  @Test
  void rejectsUnknownDirection() {
    assertThrows(IllegalArgumentException.class, () -> with("ttb", List.of()));
  }

  @Test
  void rejectsClaimOutsideItsBlock() {
    ExportClaim pastEnd = new ExportClaim("c", 0, 0, 4, "q", "TRUE", null, List.of());
    assertThrows(IllegalArgumentException.class, () -> with("ltr", List.of(pastEnd)));
    ExportClaim noBlock = new ExportClaim("c", 1, 0, 1, "q", "TRUE", null, List.of());
    assertThrows(IllegalArgumentException.class, () -> with("ltr", List.of(noBlock)));
  }

  @Test
  void countsClaimOffsetsInCodePoints() {
    // "a𝐀b" is three code points, four UTF-16 units.
    ExportClaim whole = new ExportClaim("c", 0, 0, 3, "a\uD835\uDC00b", "TRUE", null, null);
    ExportDocument doc = with("ltr", List.of(whole));
    assertEquals(List.of(), doc.claims().get(0).citations());
    assertEquals(ExportLabels.english(), doc.labels());
  }
}
