package org.factdesk.workflow.staffing;

import java.time.OffsetDateTime;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.workflow.editorial.AssignmentRole;

/** An editor's request to give someone a part on an article; {@code language} only for translators. */
public record NewAssignment(String username, AssignmentRole role, LanguageTag language, OffsetDateTime due) {}
