package org.factdesk.workflow.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceTypeTest {
  static Optional<EvidenceType> detect(byte[] b) {
    return EvidenceType.detect(b, b.length);
  }

  @Test
  void recognisesFilesByTheirFirstBytes() {
    assertEquals(Optional.of(EvidenceType.PDF), detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(Optional.of(EvidenceType.PNG), detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
    assertEquals(Optional.of(EvidenceType.JPEG), detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
    assertEquals(Optional.of(EvidenceType.HTML), detect("\uFEFF  <!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.empty(), detect("MZ\u0090\u0000 executable".getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(Optional.empty(), detect("<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII)));
  }
}
