package org.factdesk.server.rest.audit;

import org.factdesk.workflow.audit.AuditVerdict;

/** What the audit verification answers. */
public final class AuditViews {
  private AuditViews() {}

  /** {@code broken} is absent while every chain holds. */
  public record VerificationView(boolean valid, long events, BrokenEventView broken) {
    static VerificationView of(AuditVerdict v) {
      var b = v.broken();
      return new VerificationView(v.valid(), v.events(), b == null ? null
          : new BrokenEventView(b.articleId(), b.eventId(), b.differs(), b.expected(), b.found()));
    }
  }

  /** The first event that does not hold; {@code articleId} absent for the newsroom's chain. */
  public record BrokenEventView(Long articleId, long eventId, String differs, String expected, String found) {}
}
