/**
 * Exports of approved article revisions. Knows nothing of persistence or HTTP: callers build an
 * {@link org.factdesk.exports.model.ExportDocument} and get bytes back.
 */
package org.factdesk.exports;
