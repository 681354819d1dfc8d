/**
 * Claims: spans of a revision's text that a fact-checker checks, anchored by W3C Web Annotation
 * style selectors (quote with context, block and code point offsets) and carried from revision to
 * revision; their lifecycle and verdicts, comments, the facts the fact-check guard needs, and
 * check-worthiness suggestions.
 */
package org.factdesk.workflow.claim;
