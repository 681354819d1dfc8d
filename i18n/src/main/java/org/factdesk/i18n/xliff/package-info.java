/**
 * XLIFF 2.1 interchange with CAT tools: a plain model (document, units, notes), a writer (StAX) and
 * a strict, XXE-safe reader (DOM, no DOCTYPE, no external entities) that reports every structural
 * problem at once. What a unit means (a block of a translation task) is the workflow's business.
 */
package org.factdesk.i18n.xliff;
