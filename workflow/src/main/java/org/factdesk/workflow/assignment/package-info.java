/** Who works on which article: reviewer, fact-checkers and per-language translators, with due dates and the personal queue. */
package org.factdesk.workflow.assignment;
