/** The Factdesk server: configuration and start-up, security, and the REST API on Open Liberty. */
package org.factdesk.server;
