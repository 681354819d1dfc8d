package org.factdesk.workflow.claim;

/** A claim with where it sat in one particular revision (for exports of that revision). */
public record AnchoredClaim(Claim claim, Anchor anchor) {}
