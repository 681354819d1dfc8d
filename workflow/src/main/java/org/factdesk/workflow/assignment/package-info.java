/**
 * Who works on which article: the assignment record (reviewer, fact-checkers, per-language
 * translators, due dates; ended assignments stay as history) and the queries on who holds which
 * part now. It knows nothing of articles beyond their id; the use cases that staff an article are
 * in {@code staffing}.
 */
package org.factdesk.workflow.assignment;
