/**
 * The shared source registry (web sources by canonical URL, and non-web sources such as documents,
 * interviews and datasets), archived evidence snapshots identified by SHA-256, and citations that
 * tie a claim to a source with a stance and a locator.
 */
package org.factdesk.workflow.source;
