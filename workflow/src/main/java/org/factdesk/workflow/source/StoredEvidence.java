package org.factdesk.workflow.source;

import java.util.HexFormat;

/** A file already written to the evidence store: its SHA-256 (lower-case hex), size and checked type. */
public record StoredEvidence(String sha256, long size, EvidenceType type) {
  public StoredEvidence {
    if (sha256 == null || sha256.length() != 64 || !sha256.chars().allMatch(c -> HexFormat.isHexDigit(c)
        && !Character.isUpperCase(c))) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
  }
}
