package org.factdesk.exports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.factdesk.exports.model.ExportDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The XMP packet from the per-JVM template is the one xmpbox writes for the same values. */
class XmpPacketTest {

  static Stream<String> titles() {
    return Stream.concat(Samples.ALL.stream().map(Samples.Script::title), Stream.of(
        "Fish & chips <cheaper> than \"ever\"? 'Not' quite > 5%",
        "Ölçü: ə ğ ı ş — „quotes“ … & more",
        "Tab\there, line\nbreak",
        "Emoji 😀 outside the BMP",
        "Line\u2028separator",
        "factdeskxmpbylinemark <&>",
        "1901-02-03T04:05:06+00:00 1901-02-03T04:05:06Z"));
  }

  @ParameterizedTest
  @MethodSource("titles")
  void templateMatchesXmpbox(String title) throws Exception {
    Calendar approved = GregorianCalendar.from(Samples.APPROVED.toZonedDateTime());
    approved.setTimeZone(TimeZone.getTimeZone(Samples.APPROVED.getOffset()));
    for (String byline : new String[] {null, "Nino Beridze & <Team>", title}) {
      ExportDocument base = Samples.plain(Samples.script("en"));
      ExportDocument doc = new ExportDocument(base.articleId(), base.revisionNumber(),
          base.revisionSha256(), title, null, byline, "az-Latn-AZ", base.direction(),
          base.approvedAt(), base.blocks(), base.claims(), base.approvals(), base.exportedAt());
      String expected = new String(
          Metadata.serialize(title, "az-Latn-AZ", byline, approved), StandardCharsets.UTF_8);
      assertEquals(expected, new String(Metadata.packet(doc, approved), StandardCharsets.UTF_8));
    }
  }
}
