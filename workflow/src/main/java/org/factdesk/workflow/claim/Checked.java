package org.factdesk.workflow.claim;

import java.time.OffsetDateTime;

/** What a fact-checker checked: the quote as it read in that revision, and the verdict given on it. */
public record Checked(String quote, int revision, Verdict verdict, String rationale, OffsetDateTime at, String by) {}
