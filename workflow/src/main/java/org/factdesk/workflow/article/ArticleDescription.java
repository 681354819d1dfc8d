package org.factdesk.workflow.article;

import java.time.OffsetDateTime;

/** The editable metadata of an article (not its text, which changes through revisions). */
public record ArticleDescription(String title, String desk, OffsetDateTime deadline, Priority priority) {}
