/** Plain, immutable data handed to the exporters: one approved revision with its fact-check record. */
package org.factdesk.exports.model;
