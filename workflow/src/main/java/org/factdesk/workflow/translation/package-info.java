/**
 * Translation tasks: one per article and target language, opened by a translator's assignment,
 * block-aligned with the source, saved as immutable translation revisions, reviewed by editors,
 * and marked stale (with the changed source blocks) whenever the source gets a new revision.
 */
package org.factdesk.workflow.translation;
