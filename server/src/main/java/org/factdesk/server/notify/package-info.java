/**
 * Delivery of domain events (issue 20): workers on every instance that take outbox work by lease,
 * the webhook sender, and the live event stream's connections on this JVM.
 */
package org.factdesk.server.notify;
