/**
 * What needs me: every step waiting for one person, across articles, claims and translations, with
 * its due date. Reads only; sits above article, staffing, claim and translation.
 */
package org.factdesk.workflow.work;
