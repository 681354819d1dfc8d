package org.factdesk.exports.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/** Who approved the revision, in which role, and when. */
public record ExportApproval(String user, String role, OffsetDateTime at) {

  public ExportApproval {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(at, "at");
  }
}
