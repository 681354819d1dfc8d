package org.factdesk.workflow.staffing;

import java.time.OffsetDateTime;
import org.factdesk.workflow.editorial.ArticleState;

/**
 * Filters of a queue; null means "any". Closed articles (approved, withdrawn, archived) are left out
 * unless {@code includeClosed} or a {@code state} asks for them.
 */
public record QueueFilter(
    ArticleState state, String language, OffsetDateTime dueBefore, boolean overdueOnly, boolean includeClosed) {
  public static QueueFilter none() {
    return new QueueFilter(null, null, null, false, false);
  }
}
