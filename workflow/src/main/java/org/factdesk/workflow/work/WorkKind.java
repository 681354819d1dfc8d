package org.factdesk.workflow.work;

/** The step waiting for someone; each opens its own screen (the article, the claim, the translation). */
public enum WorkKind {
  /** An article of mine in DRAFT: revise it, staff it, submit it. */
  DRAFT,
  /** I am the reviewer of an article in review. */
  REVIEW,
  /** I am a fact-checker of an article in fact-check (or being corrected). */
  CHECK,
  /** A claim on an article I check whose text changed after its verdict. */
  RECHECK,
  /** A translation of mine to do, or to redo after changes were asked for. */
  TRANSLATE,
  /** A translation of mine whose source changed: the changed blocks need updating. */
  UPDATE_TRANSLATION,
  /** A submitted translation of an article I wrote or staff, that I neither translated nor submitted. */
  APPROVE_TRANSLATION,
  /** An article I review, not mine, waiting in translation or correction for an editor's approval. */
  APPROVE_ARTICLE
}
