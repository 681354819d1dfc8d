/** Failures every service can report (each with a stable code for localised messages) and paging. */
package org.factdesk.workflow.common;
