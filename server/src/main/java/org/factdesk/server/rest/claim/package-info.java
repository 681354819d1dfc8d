/**
 * REST resources of fact-checking: claims per article and by id, their transitions, citations,
 * comments and history, the fact-check summary, suggestions, and the ClaimReview and CSV exports.
 */
package org.factdesk.server.rest.claim;
