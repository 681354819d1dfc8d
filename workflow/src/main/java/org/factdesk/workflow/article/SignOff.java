package org.factdesk.workflow.article;

import java.time.OffsetDateTime;

/** Someone moving a revision forward: passing review or fact-check, or approving it. */
public record SignOff(String username, String action, int revision, OffsetDateTime at) {}
